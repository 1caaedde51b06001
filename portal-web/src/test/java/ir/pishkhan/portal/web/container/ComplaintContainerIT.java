package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.calendar.Weekend;
import ir.pishkhan.portal.domain.calendar.WorkingCalendar;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintEvent;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.complaint.ComplaintStatus;
import ir.pishkhan.portal.domain.workflow.IllegalTransition;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ComplaintService.ComplaintView;
import ir.pishkhan.portal.web.application.ComplaintService.FilingForm;
import ir.pishkhan.portal.web.application.ComplaintService.Upload;
import ir.pishkhan.portal.web.application.FiguresService;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.application.ScorecardCache;
import ir.pishkhan.portal.domain.figures.MonthSpan;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The complaint service as deployed, acting as the demo users: the whole path from filing to resolution, what
 * each role sees, and what each role is refused — another office's or agency's complaint does not exist for
 * them. One deployment serves every test here.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class ComplaintContainerIT {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EXE = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private ComplaintService service;

    @Inject
    private ReferenceService reference;

    @Inject
    private AsUser.AsSecretariat secretariat;

    @Inject
    private AsUser.AsGuild guild;

    @Inject
    private AsUser.AsHera hera;

    @Inject
    private AsUser.AsAria aria;

    @Inject
    private AsUser.AsPostBank postBank;

    @Inject
    private AsUser.AsTelecom telecom;

    @Inject
    private AsUser.AsAdmin admin;

    private long agency(String code) {
        return reference.agencyChoices().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    private Complaint fileGuaranteeComplaint(String key) throws Exception {
        return hera.call(() -> service.file(new FilingForm(agency("post-bank"), ComplaintKind.GUARANTEE_DEMANDED,
                JalaliDates.today().minusDays(3), "رئیس شعبه مرکزی",
                "پست بانک از دفتر ضمانت‌نامه بانکي غیر از بیمه معلم خواسته است.",
                List.of(new Upload("مدرک.pdf", PDF)), key)));
    }

    private static Throwable thrown(Callable<?> call) {
        try {
            call.call();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was thrown");
    }

    @Inject
    private FiguresService figures;

    @Inject
    private ScorecardCache scorecard;

    private static long filedAgainst(FiguresService.Sheet sheet, long agencyId) {
        return sheet.lines().stream().filter(l -> l.agencyId() == agencyId).findFirst().orElseThrow().figures().filed();
    }

    @Test
    void the_public_figures_count_each_filing_and_are_kept_for_a_while() throws Exception {
        MonthSpan span = MonthSpan.lastYear(JalaliDates.today());
        Instant t0 = Instant.now();
        // anyone may read the public figures: no user here
        FiguresService.Sheet first = scorecard.sheet(span, t0);
        long postBankId = agency("post-bank");
        long before = filedAgainst(first, postBankId);
        fileGuaranteeComplaint(UUID.randomUUID().toString());

        assertSame(first, scorecard.sheet(span, t0.plusSeconds(290)), "kept: not counted again on every request");
        FiguresService.Sheet later = scorecard.sheet(span, t0.plusSeconds(310));
        assertNotSame(first, later);
        assertEquals(before + 1, filedAgainst(later, postBankId), "counted again after five minutes");
        // the dashboard's figures, fresh, are the secretariat's and the guild's only
        assertEquals(before + 1, filedAgainst(guild.call(() -> figures.dashboardSheet(span)), postBankId));
        assertInstanceOf(EJBAccessException.class, thrown(() -> hera.call(() -> figures.dashboardSheet(span))));
        assertInstanceOf(EJBAccessException.class, thrown(() -> postBank.call(() -> figures.perMonthAndStatus(span, null))));
        assertInstanceOf(EJBAccessException.class, thrown(() -> figures.dashboardSheet(span)));
    }

    @Test
    void the_whole_path_from_filing_to_resolution() throws Exception {
        Complaint filed = fileGuaranteeComplaint(UUID.randomUUID().toString());
        long id = filed.getId();
        assertTrue(filed.getTrackingNumber().matches("\\d{4}-" + id));

        // the portal proposes resolutions 11 and 12 for a guarantee demand
        List<Resolution> proposed = secretariat.call(() -> service.suggestedResolutions(ComplaintKind.GUARANTEE_DEMANDED));
        assertEquals(List.of(11, 12), proposed.stream().map(Resolution::getNumber).toList());

        ComplaintView seen = secretariat.call(() -> service.view(id));
        assertTrue(seen.actions().contains(ComplaintAction.TRIAGE));
        secretariat.call(() -> service.triage(id, seen.complaint().getVersion(),
                proposed.stream().map(Resolution::getId).toList(), Priority.HIGH, null));
        ComplaintView triaged = secretariat.call(() -> service.view(id));
        assertEquals(ComplaintStatus.TRIAGED, triaged.complaint().getStatus());
        // the priority's period in working days (the issue of the working calendar), on the built-in calendar
        assertEquals(WorkingCalendar.builtIn(Weekend.of(false)).plusWorkingDays(JalaliDates.today(), 7),
                triaged.complaint().getDeadline());

        // before the forward, the agency does not see it
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> postBank.call(() -> service.view(id))));
        secretariat.call(() -> service.forward(id, triaged.complaint().getVersion(), null));

        ComplaintView atAgency = postBank.call(() -> service.view(id));
        assertEquals(Set.of(ComplaintAction.ANSWER), atAgency.actions());
        postBank.call(() -> service.answer(id, atAgency.complaint().getVersion(),
                "بیمه‌نامه معلم پذیرفته شد و درخواست ضمانت دیگر لغو گردید.", List.of(new Upload("پاسخ.pdf", PDF))));

        ComplaintView answered = secretariat.call(() -> service.view(id));
        secretariat.call(() -> service.internalNote(id, answered.complaint().getVersion(), "پیگیری تلفنی هم انجام شد."));
        long v1 = secretariat.call(() -> service.view(id)).complaint().getVersion();
        guild.call(() -> service.guildNote(id, v1, "انجمن صنفی موضوع را با پست بانک پیگیری کرد."));
        long v2 = secretariat.call(() -> service.view(id)).complaint().getVersion();
        secretariat.call(() -> service.resolve(id, v2, "پست بانک بیمه‌نامه معلم را پذیرفت؛ شکایت مختومه شد."));

        // the office sees the outcome and the public timeline, not the internal or the guild's notes
        ComplaintView atOffice = hera.call(() -> service.view(id));
        assertEquals(ComplaintStatus.RESOLVED, atOffice.complaint().getStatus());
        assertEquals(List.of(ComplaintAction.FILE, ComplaintAction.TRIAGE, ComplaintAction.FORWARD, ComplaintAction.ANSWER,
                ComplaintAction.RESOLVE), atOffice.timeline().stream().map(ComplaintEvent::getAction).toList());
        assertTrue(atOffice.timeline().stream().allMatch(e -> e.getVisibility() == Visibility.PUBLIC));
        assertEquals(2, atOffice.attachments().size());

        ComplaintView atSecretariat = secretariat.call(() -> service.view(id));
        assertEquals(7, atSecretariat.timeline().size());
        ComplaintView atGuild = guild.call(() -> service.view(id));
        assertEquals(6, atGuild.timeline().size());
        assertTrue(atGuild.timeline().stream().noneMatch(e -> e.getVisibility() == Visibility.SECRETARIAT));
        assertTrue(atGuild.actions().contains(ComplaintAction.GUILD_NOTE));

        // the events were written by who did them, in order
        assertEquals(List.of("office.hera", "dabir", "dabir", "liaison.postbank", "dabir", "anjoman", "dabir"),
                atSecretariat.timeline().stream().map(ComplaintEvent::getActor).toList());

        // the evidence reads back byte for byte, for those who may see it
        long fileId = atOffice.attachments().get(0).getId();
        assertArrayEquals(PDF, hera.call(() -> service.attachment(fileId)).data());
        assertArrayEquals(PDF, postBank.call(() -> service.attachment(fileId)).data());
    }

    @Test
    void another_office_or_agency_does_not_see_a_complaint_nor_act_on_it() throws Exception {
        Complaint filed = fileGuaranteeComplaint(UUID.randomUUID().toString());
        long id = filed.getId();
        long version = filed.getVersion();
        long fileId = hera.call(() -> service.view(id)).attachments().get(0).getId();

        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> aria.call(() -> service.view(id))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> aria.call(() -> service.withdraw(id, version, null))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> aria.call(() -> service.attachment(fileId))));

        ComplaintView seen = secretariat.call(() -> service.view(id));
        secretariat.call(() -> service.triage(id, seen.complaint().getVersion(), List.of(
                seen.complaint().getResolutions().isEmpty() ? secretariat.call(() -> service.suggestedResolutions(
                        ComplaintKind.GUARANTEE_DEMANDED)).get(0).getId() : 0L), Priority.NORMAL, null));
        long v = secretariat.call(() -> service.view(id)).complaint().getVersion();
        secretariat.call(() -> service.forward(id, v, "لطفاً پاسخ دهید."));
        long forwarded = secretariat.call(() -> service.view(id)).complaint().getVersion();

        // another agency's liaison
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> telecom.call(() -> service.view(id))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> telecom.call(() -> service.answer(id, forwarded,
                "پاسخی از دستگاهی دیگر که نباید پذیرفته شود.", List.of()))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> telecom.call(() -> service.attachment(fileId))));
        // lists are scoped too
        Keyset.Page<Complaint> ariaList = aria.call(() -> service.page(ComplaintFilter.all(JalaliDates.today()),
                Keyset.Request.first(ListOrder.FILED_NEWEST, 50)));
        assertTrue(ariaList.items().stream().noneMatch(c -> c.getId() == id));
        Keyset.Page<Complaint> telecomList = telecom.call(() -> service.page(ComplaintFilter.all(JalaliDates.today()),
                Keyset.Request.first(ListOrder.DEADLINE_EARLIEST, 50)));
        assertTrue(telecomList.items().stream().noneMatch(c -> c.getId() == id));
        Keyset.Page<Complaint> postBankList = postBank.call(() -> service.page(ComplaintFilter.all(JalaliDates.today()),
                Keyset.Request.first(ListOrder.DEADLINE_EARLIEST, 50)));
        assertTrue(postBankList.items().stream().anyMatch(c -> c.getId() == id));

        // a role's actions are refused to the other roles, and an administrator sees no complaint at all
        assertInstanceOf(EJBAccessException.class, thrown(() -> hera.call(() -> service.resolve(id, forwarded, "خودم مختومه می‌کنم."))));
        assertInstanceOf(EJBAccessException.class, thrown(() -> guild.call(() -> service.forward(id, forwarded, null))));
        assertInstanceOf(EJBAccessException.class, thrown(() -> admin.call(() -> service.view(id))));
        assertEquals(ComplaintStatus.FORWARDED, secretariat.call(() -> service.view(id)).complaint().getStatus());
    }

    @Test
    void a_reported_cut_off_is_urgent_and_under_resolutions_3_and_8_in_the_secretariats_queue() throws Exception {
        Complaint c = hera.call(() -> service.file(new FilingForm(agency("telecom"), ComplaintKind.SYSTEMS_CUT_OFF,
                JalaliDates.today(), null, "سامانهٔ مخابرات دفتر از امروز صبح بدون مصوبهٔ کارگروه قطع شده است.",
                List.of(), UUID.randomUUID().toString())));
        ComplaintView seen = secretariat.call(() -> service.view(c.getId()));
        assertEquals(Priority.URGENT, seen.complaint().getPriority());
        assertEquals(Set.of(3, 8), Set.copyOf(seen.complaint().getResolutions().stream().map(Resolution::getNumber).toList()));
        assertTrue(seen.complaint().getResolutions().stream().allMatch(r -> r.getMeeting().getNumber() == 14));
        assertEquals(ComplaintStatus.SUBMITTED, seen.complaint().getStatus());
        assertTrue(seen.actions().contains(ComplaintAction.TRIAGE), "still to be triaged: its deadline is set there");
        // in the queue of what is still to triage
        assertTrue(secretariat.call(() -> service.page(new ComplaintFilter(Set.of(ComplaintStatus.SUBMITTED), null, null,
                null, null, false, null, null, c.getTrackingNumber(), false, JalaliDates.today()),
                Keyset.Request.first(ListOrder.FILED_NEWEST, 10))).items().stream().anyMatch(x -> x.getId().equals(c.getId())));
    }

    @Test
    void a_double_submit_files_one_complaint() throws Exception {
        String key = UUID.randomUUID().toString();
        Complaint first = fileGuaranteeComplaint(key);
        Complaint second = fileGuaranteeComplaint(key);
        assertEquals(first.getId(), second.getId());
        assertEquals(1, hera.call(() -> service.count(new ComplaintFilter(Set.of(), null, null, null, null, false, null, null,
                first.getTrackingNumber(), false, JalaliDates.today()))));
    }

    @Test
    void bad_input_is_refused_with_its_reason_and_nothing_is_filed() throws Exception {
        long before = hera.call(() -> service.count(ComplaintFilter.all(JalaliDates.today())));
        BusinessException type = (BusinessException) thrown(() -> hera.call(() -> service.file(new FilingForm(
                agency("post-bank"), ComplaintKind.OTHER, JalaliDates.today(), null, "شرح کافی برای یک شکایت آزمایشی.",
                List.of(new Upload("evidence.pdf", EXE)), UUID.randomUUID().toString()))));
        assertEquals("file.type", type.getMessageKey());
        BusinessException empty = (BusinessException) thrown(() -> hera.call(() -> service.file(new FilingForm(
                agency("post-bank"), ComplaintKind.OTHER, JalaliDates.today(), null, "   ", List.of(), UUID.randomUUID().toString()))));
        assertEquals("complaint.description.invalid", empty.getMessageKey());
        BusinessException future = (BusinessException) thrown(() -> hera.call(() -> service.file(new FilingForm(
                agency("post-bank"), ComplaintKind.OTHER, JalaliDates.today().plusDays(2), null, "شرح کافی برای یک شکایت آزمایشی.",
                List.of(), UUID.randomUUID().toString()))));
        assertEquals("complaint.occurredOn.future", future.getMessageKey());
        assertEquals(before, hera.call(() -> service.count(ComplaintFilter.all(JalaliDates.today()))));
    }

    @Test
    void a_stale_page_changes_nothing_and_an_illegal_step_is_refused() throws Exception {
        Complaint filed = fileGuaranteeComplaint(UUID.randomUUID().toString());
        long id = filed.getId();
        long loaded = secretariat.call(() -> service.view(id)).complaint().getVersion();
        // two secretariat users on one complaint: the first asks the office for information …
        secretariat.call(() -> service.requestInfo(id, loaded, "لطفاً تصویر نامه پست بانک را بفرستید."));
        // … the second, on the page loaded before, tries to reject it: refused, nothing changes
        assertInstanceOf(BusinessException.ConcurrentChange.class,
                thrown(() -> secretariat.call(() -> service.reject(id, loaded, "دلیل رد از صفحه‌ای کهنه."))));
        ComplaintView now = secretariat.call(() -> service.view(id));
        assertEquals(ComplaintStatus.INFO_REQUESTED, now.complaint().getStatus());
        assertFalse(now.actions().contains(ComplaintAction.FORWARD));
        // forwarding from INFO_REQUESTED is not a step of the workflow
        assertInstanceOf(IllegalTransition.class,
                thrown(() -> secretariat.call(() -> service.forward(id, now.complaint().getVersion(), null))));
        // the office answers, with a file; the complaint returns to the secretariat
        hera.call(() -> service.provideInfo(id, now.complaint().getVersion(), "تصویر نامه پیوست شد.",
                List.of(new Upload("نامه.pdf", PDF))));
        assertEquals(ComplaintStatus.SUBMITTED, hera.call(() -> service.view(id)).complaint().getStatus());
        assertEquals(2, hera.call(() -> service.view(id)).attachments().size());
    }
}

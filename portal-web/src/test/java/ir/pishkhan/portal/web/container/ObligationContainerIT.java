package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.meeting.AgendaItem;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.Kind;
import ir.pishkhan.portal.domain.meeting.AgendaProposals.Proposal;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.MeetingAction;
import ir.pishkhan.portal.domain.meeting.MeetingEntry;
import ir.pishkhan.portal.domain.meeting.MeetingFacts;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.obligation.LinkedReport;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationAction;
import ir.pishkhan.portal.domain.obligation.ObligationFile;
import ir.pishkhan.portal.domain.obligation.ObligationFilter;
import ir.pishkhan.portal.domain.obligation.ObligationStatus;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ComplaintService.FilingForm;
import ir.pishkhan.portal.web.application.ComplaintService.Upload;
import ir.pishkhan.portal.web.application.MeetingService;
import ir.pishkhan.portal.web.application.ObligationService;
import ir.pishkhan.portal.web.application.ObligationService.ObligationView;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Obligations as deployed: a meeting's publication (fired in its transaction by a test bean, as the register will)
 * opens one obligation per obligated agency and tells its liaisons, and opens none if the publication rolls back; the
 * 14th meeting's obligations are there from the seed, overdue; a liaison sees and reports only the agency's own, by
 * id or crafted call (404), an office nothing (403); two secretaries acting on the same page: one wins, the other is
 * told.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class ObligationContainerIT {

    private static final byte[] PDF = "%PDF-1.4 the signed contracts".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private ObligationService service;

    @Inject
    private ReferenceService reference;

    @Inject
    private MeetingDesk desk;

    @Inject
    private MeetingService meetings;

    @Inject
    private ComplaintService complaints;

    @Inject
    private AsUser.AsSecretariat secretariat;

    @Inject
    private AsUser.AsGuild guild;

    @Inject
    private AsUser.AsHera hera;

    @Inject
    private AsUser.AsPostBank postBank;

    @Inject
    private AsUser.AsTelecom telecom;

    private static Throwable thrown(Callable<?> call) {
        try {
            call.call();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was thrown");
    }

    private long agency(String code) {
        return reference.agencyChoices().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    private long banks() {
        return reference.agencyChoices().stream().filter(a -> a.getKind().name().equals("BANK")).count();
    }

    private Resolution resolution(int meeting, int number) throws Exception {
        return secretariat.call(() -> service.resolutionChoices()).stream()
                .filter(r -> r.getMeeting().getNumber() == meeting && r.getNumber() == number).findFirst().orElseThrow();
    }

    private List<Obligation> of(AsUser who, ObligationFilter filter) throws Exception {
        return who.call(() -> service.page(filter, Keyset.Request.first(ListOrder.DEADLINE_EARLIEST, 200))).items();
    }

    private static ObligationFilter byResolution(long resolutionId) {
        return new ObligationFilter(Set.of(), null, resolutionId, false, null, JalaliDates.today(), false);
    }

    @Test
    void a_published_meeting_opens_one_obligation_per_obligated_agency_and_tells_its_liaisons() throws Exception {
        long toldBefore = desk.notifications("liaison.postbank", "obligation");
        LocalDate heldOn = JalaliDates.today().minusDays(10);
        desk.publish(61, heldOn);

        List<Obligation> banks = of(secretariat, byResolution(resolution(61, 1).getId()));
        assertEquals(banks(), banks.size(), "one per bank of the province");
        LocalDate due = JalaliDates.plus(heldOn, java.time.Period.ofMonths(1));
        for (Obligation o : banks) {
            assertEquals(ObligationStatus.OPEN, o.getStatus());
            assertFalse(o.getDeadline().isBefore(due), "the resolution's date, or the next working day");
            assertTrue(o.getTrackingNumber().startsWith("OB"));
        }
        assertTrue(secretariat.call(() -> service.resolutionChoices()).stream()
                .noneMatch(r -> r.getMeeting().getNumber() == 61 && r.getNumber() == 2), "a prohibition obliges nobody");
        List<Obligation> report = of(secretariat, byResolution(resolution(61, 3).getId()));
        assertEquals(List.of("telecom"), report.stream().map(o -> o.getAgency().getCode()).toList(),
                "the telecom company; the guild is a body, not an agency");
        assertEquals(toldBefore + 1, desk.notifications("liaison.postbank", "obligation"), "Post Bank's liaison is told");

        // a publication that fails rolls its obligations back with it
        Throwable failed = thrown(() -> desk.publishThenFail(62, heldOn));
        assertInstanceOf(EJBException.class, failed);
        assertFalse(desk.meetingExists(62));
        assertTrue(secretariat.call(() -> service.resolutionChoices()).stream().noneMatch(r -> r.getMeeting().getNumber() == 62));
        assertEquals(toldBefore + 1, desk.notifications("liaison.postbank", "obligation"), "nobody told of what rolled back");
    }

    @Test
    void the_14th_meetings_obligations_are_seeded_overdue_and_resolution_1_links_the_line_report() throws Exception {
        List<Obligation> one = of(secretariat, byResolution(resolution(14, 1).getId()));
        assertEquals(1, one.size());
        Obligation telecomsLines = one.get(0);
        assertEquals("telecom", telecomsLines.getAgency().getCode());
        assertEquals(ObligationStatus.OPEN, telecomsLines.getStatus());
        assertEquals(LocalDate.of(2012, 10, 6), telecomsLines.getDeadline(), "1391/07/15, a Saturday: a working day");
        ObligationView v = secretariat.call(() -> service.view(telecomsLines.getId()));
        assertTrue(v.overdue());
        assertEquals(LinkedReport.RESOLUTION_1_LINES, v.obligation().linkedReport().orElseThrow());
        assertTrue(telecomsLines.getTrackingNumber().startsWith("OB1391-"));
        // resolution 5 binds every agency; 7 the health insurance directorate only, without a deadline: not overdue
        assertEquals(reference.agencyChoices().size(), of(secretariat, byResolution(resolution(14, 5).getId())).size());
        List<Obligation> seven = of(secretariat, byResolution(resolution(14, 7).getId()));
        assertEquals(1, seven.size());
        assertFalse(seven.get(0).isOverdue(JalaliDates.today()));
        // the overdue filter finds the first, never the seventh
        ObligationFilter overdue = ObligationFilter.all(JalaliDates.today()).overdue();
        List<Long> overdueIds = of(secretariat, overdue).stream().map(Obligation::getId).toList();
        assertTrue(overdueIds.contains(telecomsLines.getId()));
        assertFalse(overdueIds.contains(seven.get(0).getId()));
    }

    @Test
    void a_liaison_sees_and_reports_only_the_agencys_own_and_an_office_nothing() throws Exception {
        long postBankId = agency("post-bank");
        List<Obligation> own = of(postBank, ObligationFilter.all(JalaliDates.today()));
        assertFalse(own.isEmpty());
        assertTrue(own.stream().allMatch(o -> o.getAgency().getId() == postBankId), "the agency's own only");
        // earliest deadline first, those without one last
        List<LocalDate> dues = own.stream().map(o -> o.getDeadline() == null ? Obligation.NO_DEADLINE : o.getDeadline()).toList();
        assertEquals(dues.stream().sorted().toList(), dues);
        // even asked for another agency's, a liaison's list is its own
        ObligationFilter others = new ObligationFilter(Set.of(), agency("telecom"), null, false, null, JalaliDates.today(), false);
        assertTrue(of(postBank, others).stream().allMatch(o -> o.getAgency().getId() == postBankId));

        Obligation theirs = of(secretariat, byResolution(resolution(14, 5).getId())).stream()
                .filter(o -> o.getAgency().getCode().equals("telecom")).findFirst().orElseThrow();
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> postBank.call(() -> service.view(theirs.getId()))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> postBank.call(() ->
                service.report(theirs.getId(), theirs.getVersion(), "گزارش ساختگی برای دستگاه دیگر.", List.of()))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> postBank.call(() -> service.view(Long.MAX_VALUE))));
        assertEquals(ObligationStatus.OPEN, secretariat.call(() -> service.view(theirs.getId())).obligation().getStatus(),
                "nothing changed");
        // offices see nothing of this
        assertInstanceOf(EJBAccessException.class, thrown(() -> hera.call(() -> service.view(theirs.getId()))));
        // the shared list methods serve offices their own records: an office's obligations are none
        assertEquals(List.of(), hera.call(() -> service.page(ObligationFilter.all(JalaliDates.today()),
                Keyset.Request.first(ListOrder.DEADLINE_EARLIEST, 10))).items());
        assertEquals(0L, hera.call(() -> service.count(ObligationFilter.all(JalaliDates.today()))));
        // and no liaison verifies
        assertInstanceOf(EJBAccessException.class, thrown(() -> telecom.call(() -> service.verify(theirs.getId(), theirs.getVersion(), null))));
    }

    @Test
    void a_report_with_a_file_is_returned_reported_again_and_verified_once_of_two_secretaries() throws Exception {
        Obligation o = of(postBank, byResolution(resolution(14, 20).getId())).get(0);
        long id = o.getId();
        assertEquals(Set.of(ObligationAction.REPORT), postBank.call(() -> service.view(id)).actions());
        Obligation reported = postBank.call(() -> service.report(id, o.getVersion(),
                "قرارداد خدمات با دفاتر پیشخوان امضا شد؛ نسخهٔ آن پیوست است.", List.of(new Upload("قرارداد.pdf", PDF))));
        assertEquals(ObligationStatus.REPORTED, reported.getStatus());
        // a file that is not what it says is refused, and nothing is saved half-way
        ObligationView before = secretariat.call(() -> service.view(id));
        assertEquals(1, before.files().size());
        ObligationFile file = postBank.call(() -> service.file(before.files().get(0).getId()));
        assertArrayEquals(PDF, file.data());
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> telecom.call(() -> service.file(file.getId()))));

        Obligation returned = secretariat.call(() -> service.returnReport(id, before.obligation().getVersion(),
                "فهرست دفاتر طرف قرارداد پیوست نشده است."));
        assertEquals(ObligationStatus.RETURNED, returned.getStatus());
        BusinessException badFile = (BusinessException) thrown(() -> postBank.call(() -> service.report(id,
                returned.getVersion(), "فهرست دفاتر پیوست شد و قرارداد تکمیل است.",
                List.of(new Upload("list.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII))))));
        assertEquals("file.type", badFile.getMessageKey());
        assertEquals(ObligationStatus.RETURNED, secretariat.call(() -> service.view(id)).obligation().getStatus());
        Obligation again = postBank.call(() -> service.report(id, returned.getVersion(),
                "فهرست دفاتر پیوست شد و قرارداد تکمیل است.", List.of()));
        assertEquals(ObligationStatus.REPORTED, again.getStatus());

        // two secretaries on the page as loaded: the first verifies, the second (returning it) is told it changed
        long version = secretariat.call(() -> service.view(id)).obligation().getVersion();
        secretariat.call(() -> service.verify(id, version, null));
        assertInstanceOf(BusinessException.ConcurrentChange.class, thrown(() -> secretariat.call(() ->
                service.returnReport(id, version, "گزارش ناقص است و باید تکمیل شود."))));
        ObligationView done = secretariat.call(() -> service.view(id));
        assertEquals(ObligationStatus.VERIFIED, done.obligation().getStatus());
        assertEquals(List.of(ObligationAction.OPEN_OBLIGATION, ObligationAction.REPORT, ObligationAction.RETURN,
                ObligationAction.REPORT, ObligationAction.VERIFY), done.timeline().stream().map(e -> e.getAction()).toList());
        assertFalse(done.overdue());
        // a guild note is for the secretariat and the guild, not the agency
        guild.call(() -> service.guildNote(id, done.obligation().getVersion(), "انجمن صنفی قرارداد را بررسی کرد."));
        assertEquals(6, secretariat.call(() -> service.view(id)).timeline().size());
        assertEquals(5, postBank.call(() -> service.view(id)).timeline().size());
    }

    // --- the proposed agenda (issue 9) ---

    /** A complaint of an office against the agency, taken through to an upheld outcome (resolved). */
    private void upheldAgainst(long agencyId, ComplaintKind kind) throws Exception {
        Complaint c = hera.call(() -> complaints.file(new FilingForm(agencyId, kind, JalaliDates.today().minusDays(2),
                "رئیس شعبه", "شعبه از ارائه خدمت به دفتر پیشخوان خودداری کرد.", List.of(new Upload("مدرک.pdf", PDF)),
                UUID.randomUUID().toString())));
        long id = c.getId();
        List<Long> cited = secretariat.call(() -> complaints.suggestedResolutions(kind)).stream().map(Resolution::getId).toList();
        Complaint t = secretariat.call(() -> complaints.triage(id, c.getVersion(), cited, Priority.NORMAL, null));
        Complaint f = secretariat.call(() -> complaints.forward(id, t.getVersion(), null));
        Complaint a = postBank.call(() -> complaints.answer(id, f.getVersion(), "خدمت به دفتر از سر گرفته شد.", List.of()));
        secretariat.call(() -> complaints.resolve(id, a.getVersion(), "شکایت وارد بود؛ شعبه خدمت را از سر گرفت."));
    }

    private List<Proposal> proposals(int meeting) throws Exception {
        return secretariat.call(() -> meetings.proposals(meeting));
    }

    @Test
    void the_portal_proposes_overdue_obligations_and_agencies_with_upheld_complaints_taken_up_or_dropped_once() throws Exception {
        Locale fa = Locale.forLanguageTag("fa");
        long postBankId = agency("post-bank");
        Meeting draft = secretariat.call(() -> meetings.create(new MeetingFacts(73, JalaliDates.today().plusDays(7),
                "10:00", "سالن جلسات استانداری", Set.of())));
        for (ComplaintKind kind : List.of(ComplaintKind.SERVICES_RESTRICTED, ComplaintKind.NO_CONTRACT, ComplaintKind.GUARANTEE_DEMANDED)) {
            upheldAgainst(postBankId, kind);
        }

        List<Proposal> proposed = proposals(73);
        // the 14th meeting's obligations are years overdue: proposed, each more than 30 days (the default) late
        Proposal overdue = proposed.stream().filter(p -> p.kind() == Kind.OBLIGATION).findFirst().orElseThrow();
        assertTrue(overdue.count() > 30);
        Obligation obligation = secretariat.call(() -> service.view(overdue.recordId())).obligation();
        assertTrue(obligation.isOverdue(JalaliDates.today().minusDays(30)));
        // Post Bank has three upheld complaints this year: proposed as an agency
        Proposal agency = proposed.stream().filter(p -> p.kind() == Kind.AGENCY && p.recordId() == postBankId)
                .findFirst().orElseThrow();
        assertTrue(agency.count() >= 3);

        // another role neither reads nor takes the proposals
        assertInstanceOf(EJBAccessException.class, thrown(() -> guild.call(() -> meetings.proposals(73))));
        assertInstanceOf(EJBAccessException.class, thrown(() -> postBank.call(() -> meetings.takeProposal(draft.getId(),
                draft.getVersion(), "agency", postBankId, AgendaItem.Outcome.DROPPED, fa))));

        // taken up: an item of the agenda, proposed and accepted, on the meeting's timeline
        Meeting accepted = secretariat.call(() -> meetings.takeProposal(draft.getId(), draft.getVersion(), "obligation",
                overdue.recordId(), AgendaItem.Outcome.ACCEPTED, fa));
        MeetingService.MeetingView view = secretariat.call(() -> meetings.meeting(73));
        assertEquals(1, view.agenda().size());
        AgendaItem item = view.agenda().get(0);
        assertEquals(AgendaItem.Source.PROPOSED, item.getSource());
        assertEquals("obligation", item.getSourceKind());
        assertEquals(overdue.recordId(), item.getSourceId());
        assertEquals(AgendaItem.Outcome.ACCEPTED, item.getOutcome());
        assertTrue(item.getTitle().startsWith("تعهد " + obligation.getAgency().getNameFa()), item.getTitle());
        assertEquals(List.of(MeetingAction.CREATE, MeetingAction.ADD_AGENDA_ITEM, MeetingAction.DECIDE_AGENDA_ITEM),
                view.timeline().stream().map(MeetingEntry::getAction).toList());
        // shown for the record to the secretariat; the agency's liaison reads no draft meeting
        assertEquals(List.of(73), secretariat.call(() -> meetings.onAgenda("obligation", overdue.recordId())).stream()
                .map(i -> i.getMeeting().getNumber()).toList());
        assertTrue(guild.call(() -> meetings.onAgenda("obligation", overdue.recordId())).isEmpty());
        assertFalse(proposals(73).stream().anyMatch(p -> p.kind() == Kind.OBLIGATION && p.recordId() == overdue.recordId()),
                "not proposed again once on the agenda");

        // a stale page is told; dropped: recorded as dropped, not proposed again, not shown for the record
        assertInstanceOf(BusinessException.ConcurrentChange.class, thrown(() -> secretariat.call(() ->
                meetings.takeProposal(draft.getId(), draft.getVersion(), "agency", postBankId, AgendaItem.Outcome.DROPPED, fa))));
        Meeting dropped = secretariat.call(() -> meetings.takeProposal(draft.getId(), accepted.getVersion(), "agency",
                postBankId, AgendaItem.Outcome.DROPPED, fa));
        AgendaItem droppedItem = secretariat.call(() -> meetings.meeting(73)).agenda().get(1);
        assertEquals(AgendaItem.Outcome.DROPPED, droppedItem.getOutcome());
        assertEquals("agency", droppedItem.getSourceKind());
        assertFalse(proposals(73).stream().anyMatch(p -> p.kind() == Kind.AGENCY && p.recordId() == postBankId));
        assertTrue(secretariat.call(() -> meetings.onAgenda("agency", postBankId)).isEmpty());

        // a crafted post for what is no longer (or never was) proposed: not found, nothing saved
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> secretariat.call(() -> meetings.takeProposal(
                draft.getId(), dropped.getVersion(), "agency", postBankId, AgendaItem.Outcome.ACCEPTED, fa))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> secretariat.call(() -> meetings.takeProposal(
                draft.getId(), dropped.getVersion(), "obligation", Long.MAX_VALUE, AgendaItem.Outcome.ACCEPTED, fa))));
        assertEquals(2, secretariat.call(() -> meetings.meeting(73)).agenda().size());
    }
}

package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.linerequest.RefusalReason;
import ir.pishkhan.portal.domain.workflow.IllegalTransition;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.linerequest.LineRequestRepository.ProviderFigures;
import ir.pishkhan.portal.domain.linerequest.LineStanding;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.web.report.LineReports;
import ir.pishkhan.portal.web.report.PdfWriter;
import ir.pishkhan.portal.web.report.XlsxWriter;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.LineReportService;
import ir.pishkhan.portal.web.application.LineRequestService;
import ir.pishkhan.portal.web.application.LineRequestService.LineRequestView;
import ir.pishkhan.portal.web.application.LineRequestService.RequestForm;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The line request service as deployed, acting as the demo users: the office requests, the provider installs, the
 * office confirms; a refusal resolution 13 forbids opens a complaint in the secretariat's queue; another office or
 * provider does not see a request.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class LineRequestContainerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private LineRequestService service;

    @Inject
    private ComplaintService complaints;

    @Inject
    private ReferenceService reference;

    @Inject
    private LineReportService reports;

    @Inject
    private LineReports lineReports;

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

    private static Throwable thrown(Callable<?> call) {
        try {
            call.call();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was thrown");
    }

    /** hera files a request of the telecom company and sends it. */
    private LineRequest sentRequest() throws Exception {
        String key = UUID.randomUUID().toString();
        RequestForm form = new RequestForm(agency("telecom"), LineKind.DATA_LINE, 2,
                "تهران، خیابان انقلاب، پلاک ۱۲", "برای خدمات الکترونیک دولت لازم است.", key);
        LineRequest filed = hera.call(() -> service.file(form));
        // the same form posted twice files once
        assertEquals(filed.getId(), hera.call(() -> service.file(form)).getId());
        assertEquals(LineRequestStatus.REQUESTED, filed.getStatus());
        return hera.call(() -> service.send(filed.getId(), filed.getVersion(), null));
    }

    @Test
    void the_office_requests_the_provider_installs_the_office_confirms() throws Exception {
        LineRequest sent = sentRequest();
        long id = sent.getId();
        assertEquals(LineRequestStatus.SENT, sent.getStatus());
        assertNotNull(sent.getDeadline());
        assertTrue(sent.getTrackingNumber().matches("L\\d{4}-" + id));

        LineRequestView atTelecom = telecom.call(() -> service.view(id));
        assertTrue(atTelecom.actions().containsAll(Set.of(LineRequestAction.SCHEDULE, LineRequestAction.INSTALL,
                LineRequestAction.REFUSE)));
        telecom.call(() -> service.schedule(id, atTelecom.request().getVersion(), JalaliDates.today().plusDays(3),
                "کارشناس فنی هماهنگ می‌کند."));
        LineRequestView scheduled = telecom.call(() -> service.view(id));
        assertEquals(LineRequestStatus.SCHEDULED, scheduled.request().getStatus());
        assertEquals(JalaliDates.today().plusDays(3), scheduled.request().getScheduledFor());
        telecom.call(() -> service.install(id, scheduled.request().getVersion(), null));

        LineRequestView installed = hera.call(() -> service.view(id));
        assertEquals(Set.of(LineRequestAction.CONFIRM, LineRequestAction.DISPUTE), installed.actions());
        hera.call(() -> service.confirm(id, installed.request().getVersion(), "خط کار می‌کند."));

        // follow-up notes: the guild and the secretariat see them, the office does not
        long v = guild.call(() -> service.view(id)).request().getVersion();
        guild.call(() -> service.guildNote(id, v, "انجمن صنفی نصب به‌موقع را تأیید کرد."));

        LineRequestView atOffice = hera.call(() -> service.view(id));
        assertEquals(LineRequestStatus.CONFIRMED, atOffice.request().getStatus());
        assertEquals(List.of(LineRequestAction.FILE, LineRequestAction.SEND, LineRequestAction.SCHEDULE,
                        LineRequestAction.INSTALL, LineRequestAction.CONFIRM),
                atOffice.timeline().stream().map(e -> e.getAction()).toList());
        LineRequestView atSecretariat = secretariat.call(() -> service.view(id));
        assertEquals(6, atSecretariat.timeline().size());
        assertEquals(List.of("office.hera", "office.hera", "liaison.telecom", "liaison.telecom", "office.hera", "anjoman"),
                atSecretariat.timeline().stream().map(e -> e.getActor()).toList());

        // a stale page changes nothing
        assertInstanceOf(BusinessException.ConcurrentChange.class,
                thrown(() -> guild.call(() -> service.guildNote(id, v, "یادداشتی با صفحهٔ کهنه."))));
        // a confirmed request is closed to the provider
        long closed = atSecretariat.request().getVersion();
        assertInstanceOf(IllegalTransition.class,
                thrown(() -> telecom.call(() -> service.install(id, closed, null))));
    }

    @Test
    void a_refusal_as_not_needed_opens_a_complaint_under_resolutions_13_and_2() throws Exception {
        LineRequest sent = sentRequest();
        long id = sent.getId();
        LineRequest refused = telecom.call(() -> service.refuse(id, telecom.call(() -> service.view(id)).request()
                .getVersion(), RefusalReason.NOT_NEEDED, "دفتر به خط دوم نیاز ندارد و یک خط کافی است."));
        assertEquals(LineRequestStatus.ESCALATED, refused.getStatus());

        LineRequestView seen = secretariat.call(() -> service.view(id));
        assertFalse(seen.request().isComplaintPending());
        Complaint linked = seen.request().getComplaint();
        assertNotNull(linked);
        long complaintId = linked.getId();

        // the complaint is in the secretariat's queue, against the provider, linked to 13 and 2 of meeting 14
        Keyset.Page<Complaint> queue = secretariat.call(() -> complaints.page(ComplaintFilter.all(JalaliDates.today()),
                Keyset.Request.first(ListOrder.FILED_NEWEST, 50)));
        assertTrue(queue.items().stream().anyMatch(c -> c.getId() == complaintId));
        Complaint c = secretariat.call(() -> complaints.view(complaintId)).complaint();
        assertEquals(ComplaintKind.INFRASTRUCTURE_NOT_PROVIDED, c.getKind());
        assertEquals(agency("telecom"), c.getAgency().getId());
        assertEquals(Set.of(13, 2), Set.copyOf(c.getResolutions().stream().map(Resolution::getNumber).toList()));
        assertTrue(c.getResolutions().stream().allMatch(r -> r.getMeeting().getNumber() == 14));
        // and the office sees it among its own complaints
        assertEquals(complaintId, (long) hera.call(() -> complaints.view(complaintId)).complaint().getId());

        // the request stays open with the provider, which may still comply
        LineRequestView atTelecom = telecom.call(() -> service.view(id));
        assertTrue(atTelecom.actions().contains(LineRequestAction.INSTALL));
        assertFalse(atTelecom.actions().contains(LineRequestAction.REFUSE));
    }

    @Test
    void a_refusal_for_another_reason_closes_the_request_without_a_complaint() throws Exception {
        LineRequest sent = sentRequest();
        long id = sent.getId();
        telecom.call(() -> service.refuse(id, sent.getVersion(), RefusalReason.NO_CAPACITY,
                "در مرکز مخابراتی این محله پورت خالی نیست."));
        LineRequestView seen = hera.call(() -> service.view(id));
        assertEquals(LineRequestStatus.REFUSED, seen.request().getStatus());
        assertEquals(null, seen.request().getComplaint());
    }

    @Test
    void another_office_or_provider_does_not_see_a_request_nor_act_on_it() throws Exception {
        String key = UUID.randomUUID().toString();
        LineRequest filed = hera.call(() -> service.file(new RequestForm(agency("telecom"), LineKind.FIXED_LINE, 1,
                "تهران، خیابان آزادی، پلاک ۳", null, key)));
        long id = filed.getId();
        // not yet sent: the provider does not see it
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> telecom.call(() -> service.view(id))));
        LineRequest sent = hera.call(() -> service.send(id, filed.getVersion(), null));
        long version = sent.getVersion();

        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> aria.call(() -> service.view(id))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> aria.call(() -> service.cancel(id, version, null))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> postBank.call(() -> service.view(id))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> postBank.call(() -> service.install(id, version, null))));
        assertNotNull(telecom.call(() -> service.view(id)));

        // lists are scoped: aria and the post bank do not list it; telecom, the guild and the secretariat do
        LineRequestFilter all = LineRequestFilter.all(JalaliDates.today());
        Keyset.Request first = Keyset.Request.first(ListOrder.FILED_NEWEST, 50);
        assertTrue(aria.call(() -> service.page(all, first)).items().stream().noneMatch(r -> r.getId() == id));
        assertTrue(postBank.call(() -> service.page(all, first)).items().stream().noneMatch(r -> r.getId() == id));
        assertTrue(telecom.call(() -> service.page(all, Keyset.Request.first(ListOrder.DEADLINE_EARLIEST, 50)))
                .items().stream().anyMatch(r -> r.getId() == id));
        assertTrue(guild.call(() -> service.page(all, first)).items().stream().anyMatch(r -> r.getId() == id));
        assertTrue(secretariat.call(() -> service.count(all)) >= 1);

        // a provider outside the telecom and ICT agencies is refused
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> hera.call(() -> service.file(new RequestForm(
                agency("post-bank"), LineKind.FIXED_LINE, 1, "تهران", null, UUID.randomUUID().toString())))));
        assertTrue(hera.call(() -> service.providerChoices()).stream().noneMatch(a -> a.getCode().equals("post-bank")));

        // a role's actions are refused to the other roles, and an administrator sees no request at all
        assertInstanceOf(EJBAccessException.class, thrown(() -> hera.call(() -> service.install(id, version, null))));
        assertInstanceOf(EJBAccessException.class, thrown(() -> telecom.call(() -> service.confirm(id, version, null))));
        assertInstanceOf(EJBAccessException.class, thrown(() -> admin.call(() -> service.view(id))));
    }

    // --- the reports (resolutions 10 and 1) ---

    private ProviderFigures telecomFigures(AsUser who) throws Exception {
        long telecomId = agency("telecom");
        return who.call(() -> reports.providers(null, null)).stream().filter(p -> p.provider().getId() == telecomId)
                .map(LineReportService.ProviderRow::figures).findFirst()
                .orElse(new ProviderFigures(telecomId, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void the_follow_up_report_counts_what_the_provider_did_and_exports_it() throws Exception {
        ProviderFigures before = telecomFigures(guild);
        long waitingBefore = guild.call(() -> reports.waiting(PageRequest.first(20))).total();

        LineRequest installed = sentRequest();
        long id = installed.getId();
        telecom.call(() -> service.install(id, installed.getVersion(), "نصب شد."));
        LineRequest refused = sentRequest();
        telecom.call(() -> service.refuse(refused.getId(), refused.getVersion(), RefusalReason.NO_CAPACITY,
                "در مرکز مخابراتی این محله پورت خالی نیست."));
        sentRequest(); // still open

        ProviderFigures after = telecomFigures(guild);
        assertEquals(before.made() + 3, after.made());
        assertEquals(before.installedOnTime() + 1, after.installedOnTime(), "installed today, well within its deadline");
        assertEquals(before.installedLate(), after.installedLate());
        assertEquals(before.open() + 1, after.open());
        assertEquals(before.refused() + 1, after.refused());
        assertEquals(after, telecomFigures(secretariat), "the secretariat sees the same overview");
        assertTrue(guild.call(() -> reports.waiting(PageRequest.first(20))).total() >= waitingBefore);
        // nothing was sent before 1391: an empty period
        assertTrue(guild.call(() -> reports.providers(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2000, 2, 1))).isEmpty());
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> guild.call(() -> reports.providers(
                java.time.LocalDate.of(2025, 2, 1), java.time.LocalDate.of(2025, 1, 1)))));

        // the Excel file, read back: the telecom company's row says what the screen says
        java.util.Locale fa = java.util.Locale.forLanguageTag("fa");
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        // written as the user (the rows are read while the file is written, as the export servlet does)
        guild.call(() -> {
            XlsxWriter.write(lineReports.followUp(fa, null, null), xlsx);
            return null;
        });
        String telecomName = reference.agencyChoices().stream().filter(a -> a.getCode().equals("telecom")).findFirst()
                .orElseThrow().getNameFa();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row row = null;
            for (var r : sheet) {
                if (r.getCell(0) != null && telecomName.equals(r.getCell(0).getStringCellValue())) {
                    row = r;
                }
            }
            assertNotNull(row, "the telecom company's row");
            assertEquals(after.made(), (long) row.getCell(1).getNumericCellValue());
            assertEquals(after.installedOnTime(), (long) row.getCell(2).getNumericCellValue());
            assertEquals(after.refused(), (long) row.getCell(6).getNumericCellValue());
            assertTrue(book.getSheetAt(1).getLastRowNum() >= 5, "the waiting offices' sheet has rows below its headings");
        }
        // the PDF's text names the report and the provider, with its figure in Persian digits
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        guild.call(() -> {
            PdfWriter.write(lineReports.followUp(fa, null, null), pdf);
            return null;
        });
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = java.text.Normalizer.normalize(stripper.getText(doc), java.text.Normalizer.Form.NFKC);
            assertTrue(text.contains("گزارش پیگیری درخواست" ), text);
            assertTrue(text.lines().anyMatch(l -> l.contains(telecomName)
                    && l.contains(ir.pishkhan.portal.domain.shared.PersianText.toPersianDigits(Long.toString(after.made())))), text);
        }

        // no one else may read it
        for (AsUser other : List.of(hera, telecom, admin)) {
            assertInstanceOf(EJBAccessException.class, thrown(() -> other.call(() -> reports.providers(null, null))));
            assertInstanceOf(EJBAccessException.class, thrown(() -> other.call(() -> reports.waiting(PageRequest.first(20)))));
        }
    }

    @Test
    void resolution_1_says_which_offices_had_their_lines_by_its_deadline() throws Exception {
        LineReportService.Resolution1 r1 = secretariat.call(() -> reports.resolution1());
        assertEquals(java.time.LocalDate.of(2012, 10, 6), r1.deadline(), "1391/07/15");
        assertEquals(1, r1.resolution().getNumber());
        long offices = reference.offices(new ir.pishkhan.portal.domain.office.OfficeFilter(null, null, null),
                PageRequest.first(1)).total();
        assertEquals(offices, r1.total(), "every office is counted once");

        // hera gets a telephone line today: late for 1391, so hera stands LATE (or worse, if it waits for more)
        String key = UUID.randomUUID().toString();
        LineRequest filed = hera.call(() -> service.file(new RequestForm(agency("telecom"), LineKind.FIXED_LINE, 1,
                "تهران، خیابان آزادی، پلاک ۳", null, key)));
        LineRequest sent = hera.call(() -> service.send(filed.getId(), filed.getVersion(), null));
        telecom.call(() -> service.install(sent.getId(), sent.getVersion(), null));
        long heraOffice = filed.getOffice().getId();
        var heraRow = findOffice(heraOffice).orElseThrow();
        assertEquals(LineStanding.LATE, heraRow.lines().fixedLine());
        assertTrue(heraRow.lines().overall().compareTo(LineStanding.LATE) >= 0);
        var onlyThat = secretariat.call(() -> reports.resolution1Offices(Set.of(heraRow.lines().overall()),
                PageRequest.first(200)));
        assertTrue(onlyThat.items().stream().allMatch(o -> o.lines().overall() == heraRow.lines().overall()));
        assertEquals(secretariat.call(() -> reports.resolution1()).offices().get(heraRow.lines().overall()), onlyThat.total());

        // the exports of the secretariat's report
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        secretariat.call(() -> {
            XlsxWriter.write(lineReports.resolution1(java.util.Locale.ENGLISH, Set.of(LineStanding.LATE)), xlsx);
            return null;
        });
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            assertFalse(book.getSheetAt(0).isRightToLeft(), "an English sheet reads left to right");
            var offices2 = book.getSheetAt(1);
            boolean found = false;
            for (var r : offices2) {
                if (r.getCell(1) != null && filed.getOffice().getLicenceNumber().equals(r.getCell(1).getStringCellValue())) {
                    found = true;
                    assertEquals("Installed after the deadline", r.getCell(2).getStringCellValue());
                }
            }
            assertEquals(heraRow.lines().overall() == LineStanding.LATE, found, "hera is listed when it stands LATE");
        }

        // the guild reads its figures, for the report to a meeting has its table (its page and file stay the
        // secretariat's, by their path); the offices, the liaisons and the administrator do not read it
        assertEquals(secretariat.call(() -> reports.resolution1()).offices(), guild.call(() -> reports.resolution1()).offices());
        for (AsUser other : List.of(hera, telecom, admin)) {
            assertInstanceOf(EJBAccessException.class, thrown(() -> other.call(() -> reports.resolution1())));
            assertInstanceOf(EJBAccessException.class, thrown(() -> other.call(() -> reports.resolution1Offices(Set.of(),
                    PageRequest.first(20)))));
        }
    }

    /** An office's row, paging through every office (the demo has a few hundred). */
    private java.util.Optional<LineReportService.OfficeRow> findOffice(long officeId) {
        for (int offset = 0; ; offset += 200) {
            int from = offset;
            var page = call(() -> secretariat.call(() -> reports.resolution1Offices(Set.of(), new PageRequest(from, 200, null, true))));
            var hit = page.items().stream().filter(o -> o.office().getId() == officeId).findFirst();
            if (hit.isPresent() || page.items().size() < 200) {
                return hit;
            }
        }
    }

    private static <T> T call(Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

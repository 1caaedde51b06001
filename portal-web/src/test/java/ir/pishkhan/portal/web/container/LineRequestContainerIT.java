package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintFilter;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.ComplaintSort;
import ir.pishkhan.portal.domain.complaint.Keyset;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.LineRequestFilter;
import ir.pishkhan.portal.domain.linerequest.LineRequestStatus;
import ir.pishkhan.portal.domain.linerequest.RefusalReason;
import ir.pishkhan.portal.domain.linerequest.IllegalLineRequestTransition;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.web.service.ComplaintService;
import ir.pishkhan.portal.web.service.LineRequestService;
import ir.pishkhan.portal.web.service.LineRequestService.LineRequestView;
import ir.pishkhan.portal.web.service.LineRequestService.RequestForm;
import ir.pishkhan.portal.web.service.ReferenceService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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
        assertInstanceOf(IllegalLineRequestTransition.class,
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
                Keyset.Request.first(ComplaintSort.FILED_NEWEST, 50)));
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
        Keyset.Request first = Keyset.Request.first(ComplaintSort.FILED_NEWEST, 50);
        assertTrue(aria.call(() -> service.page(all, first)).items().stream().noneMatch(r -> r.getId() == id));
        assertTrue(postBank.call(() -> service.page(all, first)).items().stream().noneMatch(r -> r.getId() == id));
        assertTrue(telecom.call(() -> service.page(all, Keyset.Request.first(ComplaintSort.DEADLINE_EARLIEST, 50)))
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
}

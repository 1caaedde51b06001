package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeAction;
import ir.pishkhan.portal.domain.dispute.DisputeEntry;
import ir.pishkhan.portal.domain.dispute.DisputeFile;
import ir.pishkhan.portal.domain.dispute.DisputeFilter;
import ir.pishkhan.portal.domain.dispute.DisputeStatus;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.ComplaintService.Upload;
import ir.pishkhan.portal.web.application.DisputeService;
import ir.pishkhan.portal.web.application.DisputeService.DisputeView;
import ir.pishkhan.portal.web.application.DisputeService.OpeningForm;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.application.SeedService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Disputes as deployed: resolution 15's is seeded once with the demo data (a second seeding adds none); an office
 * that does not exist refuses a dispute and nothing is stored; each side sees its own dispute — an office not named
 * in it and another agency get 404, by id or crafted call, on it and on its files; the whole workflow through the
 * service, a stale page told, each role reading its part of the timeline, the named sides told of the proposal.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class DisputeContainerIT {

    private static final byte[] PDF = "%PDF-1.4 the receipts".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private DisputeService service;

    @Inject
    private ReferenceService reference;

    @Inject
    private SeedService seed;

    @Inject
    private MeetingDesk desk;

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

    private long res15() throws Exception {
        return secretariat.call(() -> service.resolutionChoices()).stream()
                .filter(r -> r.getMeeting().getNumber() == 14 && r.getNumber() == 15).map(Resolution::getId)
                .findFirst().orElseThrow();
    }

    private List<Dispute> of(AsUser who, DisputeFilter filter) throws Exception {
        return who.call(() -> service.page(filter, Keyset.Request.first(ListOrder.FILED_NEWEST, 200))).items();
    }

    private static DisputeFilter text(String text) {
        return new DisputeFilter(Set.of(), null, null, text);
    }

    private Dispute open(String agency, String... licences) throws Exception {
        long r = res15();
        return secretariat.call(() -> service.open(new OpeningForm(agency(agency), List.of(String.join("، ", licences)),
                "اختلاف در تسویه کارمزد خدمات بانکی (آزمون)", r, null)));
    }

    @Test
    void resolution_15s_dispute_is_seeded_once_and_each_named_party_sees_it() throws Exception {
        seed.loadDemoDataIfEnabled();
        List<Dispute> seeded = of(secretariat, text("شهدای فیض الهی"));
        assertEquals(1, seeded.size(), "seeded once, however often the seed runs");
        Dispute d = seeded.get(0);
        assertEquals("post-bank", d.getAgency().getCode());
        assertEquals(List.of("14-71-1101", "14-71-1102", "14-72-1103", "14-72-1104"),
                d.getOffices().stream().map(o -> o.getLicenceNumber()).toList());
        DisputeView v = secretariat.call(() -> service.view(d.getId()));
        assertEquals(15, v.dispute().getResolution().getNumber());
        assertEquals(13, v.dispute().getCited().getMeeting().getNumber());
        assertEquals(9, v.dispute().getCited().getNumber());
        assertTrue(d.getTrackingNumber().startsWith("D1391-"));
        for (AsUser side : List.of(hera, aria, postBank, guild)) {
            assertEquals(d.getId(), side.call(() -> service.view(d.getId())).dispute().getId());
            assertTrue(of(side, DisputeFilter.all()).stream().anyMatch(x -> x.getId().equals(d.getId())));
        }
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> telecom.call(() -> service.view(d.getId()))));
        assertTrue(of(telecom, text(d.getTrackingNumber())).isEmpty());
        assertInstanceOf(EJBAccessException.class, thrown(() -> admin.call(() -> service.view(d.getId()))));
    }

    @Test
    void a_dispute_with_an_office_that_does_not_exist_is_refused_and_nothing_is_stored() throws Exception {
        long before = secretariat.call(() -> service.count(DisputeFilter.all()));
        BusinessException e = (BusinessException) thrown(() -> open("telecom", "14-71-1101", "۱۴-۷۱-۹۹۹۹"));
        assertInstanceOf(BusinessException.InvalidInput.class, e);
        assertEquals("dispute.office.unknown", e.getMessageKey());
        assertEquals(List.of("14-71-9999"), List.of(e.getArguments()));
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> open("telecom")), "no office at all");
        assertEquals(before, secretariat.call(() -> service.count(DisputeFilter.all())), "nothing stored");
        // and only the secretariat opens one
        long r = res15();
        assertInstanceOf(EJBAccessException.class, thrown(() -> guild.call(() -> service.open(new OpeningForm(
                agency("telecom"), List.of("14-71-1101"), "اختلاف در تسویه کارمزد خدمات (آزمون)", r, null)))));
    }

    @Test
    void the_sides_state_their_case_the_secretariat_settles_it_and_outsiders_get_404() throws Exception {
        Dispute d = open("post-bank", "14-71-1101");
        long id = d.getId();
        assertEquals(DisputeStatus.OPEN, d.getStatus());

        // «آریا» is not a side of this one, nor is the telecom company: it does not exist for them
        for (AsUser outsider : List.of(aria, telecom)) {
            assertInstanceOf(BusinessException.NotFound.class, thrown(() -> outsider.call(() -> service.view(id))));
            assertFalse(of(outsider, text(d.getTrackingNumber())).stream().anyMatch(x -> x.getId() == id));
        }
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> aria.call(() -> service.officeStatement(id,
                d.getVersion(), "دفتر آریا طرف این اختلاف نیست (آزمون).", List.of()))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> telecom.call(() -> service.agencyStatement(id,
                d.getVersion(), "شرکت مخابرات طرف این اختلاف نیست (آزمون).", List.of()))));

        // «حرا» states its case with a file; a stale page is told; Post Bank states its case
        assertEquals(Set.of(DisputeAction.OFFICE_STATEMENT), hera.call(() -> service.view(id)).actions());
        Dispute stated = hera.call(() -> service.officeStatement(id, d.getVersion(),
                "کارمزد سه ماه گذشته واریز نشده است؛ رسیدها پیوست است.", List.of(new Upload("رسید.pdf", PDF))));
        assertInstanceOf(BusinessException.ConcurrentChange.class, thrown(() -> postBank.call(() ->
                service.agencyStatement(id, d.getVersion(), "پست بانک کارمزدها را پرداخت کرده است.", List.of()))));
        postBank.call(() -> service.agencyStatement(id, stated.getVersion(), "پست بانک کارمزدها را پرداخت کرده است.",
                List.of()));
        DisputeView withFile = secretariat.call(() -> service.view(id));
        DisputeFile file = hera.call(() -> service.file(withFile.files().get(0).getId()));
        assertArrayEquals(PDF, file.data());
        assertArrayEquals(PDF, postBank.call(() -> service.file(file.getId())).data(), "the other side reads it");
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> aria.call(() -> service.file(file.getId()))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> telecom.call(() -> service.file(file.getId()))));

        // the guild follows it up; the secretariat proposes, withdraws, proposes again and settles
        guild.call(() -> service.guildNote(id, withFile.dispute().getVersion(), "انجمن صنفی موضوع را با طرفین بررسی کرد."));
        long v1 = secretariat.call(() -> service.view(id)).dispute().getVersion();
        long heraTold = desk.notifications("office.hera", "dispute");
        long ariaTold = desk.notifications("office.aria", "dispute");
        long bankTold = desk.notifications("liaison.postbank", "dispute");
        Dispute proposed = secretariat.call(() -> service.propose(id, v1, "پست بانک کارمزد معوق را ظرف دو هفته واریز کند."));
        assertEquals(DisputeStatus.PROPOSED, proposed.getStatus());
        assertEquals(heraTold + 1, desk.notifications("office.hera", "dispute"), "the named office is told of the proposal");
        assertEquals(bankTold + 1, desk.notifications("liaison.postbank", "dispute"), "so is the agency");
        assertEquals(ariaTold, desk.notifications("office.aria", "dispute"), "an office not named is told nothing");
        Dispute withdrawn = secretariat.call(() -> service.withdrawProposal(id, proposed.getVersion(),
                "پیشنهاد با نظر انجمن بازنگری می‌شود."));
        assertEquals(DisputeStatus.OPEN, withdrawn.getStatus());
        assertInstanceOf(ir.pishkhan.portal.domain.workflow.IllegalTransition.class, thrown(() -> secretariat.call(() ->
                service.settle(id, withdrawn.getVersion(), null))), "no proposal stands: nothing to settle on");
        Dispute again = secretariat.call(() -> service.propose(id, withdrawn.getVersion(),
                "پست بانک کارمزد معوق را ظرف ده روز واریز کند."));
        Dispute settled = secretariat.call(() -> service.settle(id, again.getVersion(), null));
        assertEquals(DisputeStatus.SETTLED, settled.getStatus());

        List<DisputeAction> all = List.of(DisputeAction.OPEN_DISPUTE, DisputeAction.OFFICE_STATEMENT,
                DisputeAction.AGENCY_STATEMENT, DisputeAction.GUILD_NOTE, DisputeAction.PROPOSE,
                DisputeAction.WITHDRAW_PROPOSAL, DisputeAction.PROPOSE, DisputeAction.SETTLE);
        assertEquals(all, actions(secretariat.call(() -> service.view(id)).timeline()));
        assertEquals(all, actions(guild.call(() -> service.view(id)).timeline()));
        List<DisputeAction> sides = all.stream().filter(a -> a != DisputeAction.GUILD_NOTE).toList();
        assertEquals(sides, actions(hera.call(() -> service.view(id)).timeline()), "the guild's note is not the office's");
        assertEquals(sides, actions(postBank.call(() -> service.view(id)).timeline()));
        assertEquals(Set.of(), hera.call(() -> service.view(id)).actions(), "settled: nothing more to state");
        assertInstanceOf(ir.pishkhan.portal.domain.workflow.IllegalTransition.class, thrown(() -> hera.call(() ->
                service.officeStatement(id, settled.getVersion(), "اظهارات پس از حل اختلاف (آزمون).", List.of()))));
    }

    private static List<DisputeAction> actions(List<DisputeEntry> timeline) {
        return timeline.stream().map(DisputeEntry::getAction).toList();
    }
}

package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.office.OfficeFilter;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import ir.pishkhan.portal.web.application.ReferenceService;
import ir.pishkhan.portal.web.application.UserAdminService;
import ir.pishkhan.portal.web.application.UserAdminService.AccountForm;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal as deployed: the built WAR on a managed Payara Micro, its migrations, seed, services, identity
 * store and role checks. One deployment serves every test here (a Payara Micro start costs ~10–20 s).
 */
@ExtendWith(ArquillianExtension.class)
class PortalContainerIT {

    private static final String DEMO_PASSWORD = "pishkhan-demo-1391";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private ReferenceService reference;

    @Inject
    private UserAdminService admin;

    @Inject
    private AsUser.AsAdmin asAdmin;

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private IdentityStoreHandler identityStore;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    // --- migrations and the seed ---

    @Test
    void the_schema_is_migrated_by_flyway() {
        Number applied = (Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE").getSingleResult();
        assertTrue(applied.intValue() >= 1);
    }

    @Test
    void meeting_14_has_its_20_resolutions_verbatim() throws Exception {
        Meeting meeting = reference.meeting(14);
        assertEquals(LocalDate.of(2012, 9, 17), meeting.getHeldOn());
        assertEquals("1391/06/27", JalaliDates.toJalali(meeting.getHeldOn()));
        List<Resolution> resolutions = reference.resolutionsOf(14);
        assertEquals(20, resolutions.size());
        JsonObject seed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("seed/resolutions-14.json")) {
            seed = Json.createReader(in).readObject();
        }
        for (JsonValue v : seed.getJsonArray("resolutions")) {
            JsonObject r = v.asJsonObject();
            Resolution stored = resolutions.get(r.getInt("number") - 1);
            assertEquals(r.getInt("number"), stored.getNumber());
            assertEquals(r.getString("text_fa"), stored.getTextFa(), "resolution " + r.getInt("number"));
        }
    }

    @Test
    void deadlines_are_computed_by_the_domain() {
        assertEquals("1391/07/15", JalaliDates.toJalali(reference.resolution(14, 1).dueDate().orElseThrow()));
        assertEquals("1391/07/27", JalaliDates.toJalali(reference.resolution(14, 5).dueDate().orElseThrow()));
        assertEquals("1391/07/10", JalaliDates.toJalali(reference.resolution(14, 9).dueDate().orElseThrow()));
        assertTrue(reference.resolution(14, 11).dueDate().isEmpty());
    }

    @Test
    void cited_meetings_exist_without_their_text() {
        for (int number : new int[] {10, 11, 13}) {
            assertFalse(reference.meeting(number).isMinutesKnown());
        }
        Resolution r17 = reference.resolution(14, 17);
        assertEquals(Set.of("10/11", "11/6"), Set.copyOf(r17.getCites().stream()
                .map(c -> c.getMeeting().getNumber() + "/" + c.getNumber()).toList()));
        assertFalse(reference.resolution(10, 11).isTextKnown());
        assertThrows(BusinessException.NotFound.class, () -> reference.resolution(14, 21));
    }

    @Test
    void offices_are_searched_regardless_of_letter_forms_and_paged_in_the_database() {
        // «آريا» with an Arabic yeh finds «آریا»
        Page<ir.pishkhan.portal.domain.office.Office> found =
                reference.offices(new OfficeFilter("آريا", null, null), PageRequest.first(20));
        assertEquals(1, found.total());
        assertEquals("14-71-1102", found.items().get(0).getLicenceNumber());
        Page<ir.pishkhan.portal.domain.office.Office> page2 =
                reference.offices(new OfficeFilter(null, OfficeKind.RURAL, null), new PageRequest(20, 20, "licenceNumber", true));
        assertEquals(20, page2.items().size());
        assertTrue(page2.total() > 40);
        assertTrue(page2.items().stream().allMatch(o -> o.getKind() == OfficeKind.RURAL));
        assertEquals(1, reference.offices(new OfficeFilter("۱۴-۷۱-۱۰۲۴", null, null), PageRequest.first(5)).total());
    }

    // --- security: the identity store and role checks ---

    @Test
    void the_identity_store_accepts_demo_accounts_with_their_role_only() {
        CredentialValidationResult ok = identityStore.validate(new UsernamePasswordCredential("dabir", DEMO_PASSWORD));
        assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus());
        assertEquals(Set.of("SECRETARIAT"), ok.getCallerGroups());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("dabir", "wrong-password")).getStatus());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("nobody", DEMO_PASSWORD)).getStatus());
    }

    @Test
    void passwords_are_pbkdf2_sha256_with_600000_iterations() {
        String hash = accounts.byUsername("admin").orElseThrow().getPasswordHash();
        assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), hash.substring(0, Math.min(30, hash.length())));
    }

    @Test
    void user_administration_is_refused_to_anyone_but_an_administrator() {
        Exception e = assertThrows(Exception.class, () -> admin.search(null, null, PageRequest.first(10)));
        assertInstanceOf(EJBAccessException.class, e);
    }

    // --- user administration: recorded, checked, never lost ---

    @Test
    void an_administrator_creates_an_operator_and_the_change_is_recorded() throws Exception {
        long officeId = reference.offices(new OfficeFilter("حرا", null, null), PageRequest.first(1)).items().get(0).getId();
        UserAccount created = asAdmin.call(() -> admin.create(
                new AccountForm("op.container", "متصدی آزمایشی", Role.OFFICE_OPERATOR, officeId, null, "a-long-password-1")));
        assertEquals("14-71-1101", accounts.byId(created.getId()).orElseThrow().getOffice().getLicenceNumber());
        List<AuditEntry> history = asAdmin.call(() -> admin.history(created.getId()));
        assertEquals(1, history.size());
        assertEquals("CREATE", history.get(0).getAction());
        assertEquals(CredentialValidationResult.Status.VALID,
                identityStore.validate(new UsernamePasswordCredential("op.container", "a-long-password-1")).getStatus());

        UserAccount disabled = asAdmin.call(() -> admin.disable(created.getId(), accounts.byId(created.getId()).orElseThrow().getVersion()));
        assertFalse(disabled.isEnabled());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("op.container", "a-long-password-1")).getStatus());
        assertEquals(List.of("CREATE", "DISABLE"),
                asAdmin.call(() -> admin.history(created.getId())).stream().map(AuditEntry::getAction).toList());
    }

    @Test
    void bad_input_is_refused_and_nothing_is_saved() throws Exception {
        long before = accounts.count();
        assertThrows(BusinessException.InvalidInput.class, () -> asAdmin.call(() -> admin.create(
                new AccountForm("op.nooffice", "بدون دفتر", Role.OFFICE_OPERATOR, null, null, "a-long-password-1"))));
        assertThrows(BusinessException.InvalidInput.class, () -> asAdmin.call(() -> admin.create(
                new AccountForm("x", "نام", Role.SECRETARIAT, null, null, "a-long-password-1"))));
        assertThrows(BusinessException.InvalidInput.class, () -> asAdmin.call(() -> admin.create(
                new AccountForm("short.pw", "نام", Role.SECRETARIAT, null, null, "short"))));
        assertThrows(BusinessException.Duplicate.class, () -> asAdmin.call(() -> admin.create(
                new AccountForm("DABIR", "نام", Role.SECRETARIAT, null, null, "a-long-password-1"))));
        assertEquals(before, accounts.count());
    }

    /**
     * A BusinessException is an application exception that rolls back (WEB-INF/ejb-jar.xml): the caller gets the
     * exception itself, not an EJBException, and what the command changed before it was refused is not kept. Here
     * the account is renamed, then refused a role bound to an office with no office.
     */
    @Test
    void a_command_refused_half_way_leaves_nothing_changed() throws Exception {
        UserAccount telecom = accounts.byUsername("liaison.telecom").orElseThrow();
        String name = telecom.getDisplayName();
        Exception refused = assertThrows(Exception.class, () -> asAdmin.call(() -> admin.update(telecom.getId(),
                telecom.getVersion(), new AccountForm(null, "نامی که نباید بماند", Role.OFFICE_OPERATOR, null, null, null))));
        assertInstanceOf(BusinessException.InvalidInput.class, refused);
        assertEquals("user.office.required", ((BusinessException) refused).getMessageKey());
        UserAccount after = accounts.byUsername("liaison.telecom").orElseThrow();
        assertEquals(name, after.getDisplayName());
        assertEquals(Role.AGENCY_LIAISON, after.getRole());
        assertEquals(telecom.getVersion(), after.getVersion());
    }

    @Test
    void a_stale_form_does_not_overwrite_a_newer_change() throws Exception {
        UserAccount guild = accounts.byUsername("anjoman").orElseThrow();
        long loadedVersion = guild.getVersion();
        asAdmin.call(() -> admin.update(guild.getId(), loadedVersion,
                new AccountForm(null, "کارشناس انجمن (ویرایش اول)", Role.GUILD, null, null, null)));
        assertThrows(BusinessException.ConcurrentChange.class, () -> asAdmin.call(() -> admin.update(guild.getId(),
                loadedVersion, new AccountForm(null, "ویرایش کهنه", Role.GUILD, null, null, null))));
        assertEquals("کارشناس انجمن (ویرایش اول)", accounts.byUsername("anjoman").orElseThrow().getDisplayName());
    }
}

package ir.pishkhan.portal.web.container;

import ir.pishkhan.portal.domain.audit.AuditChain;
import ir.pishkhan.portal.domain.audit.AuditEntry;
import ir.pishkhan.portal.domain.audit.AuditFilter;
import ir.pishkhan.portal.domain.user.LoginThrottle;
import ir.pishkhan.portal.web.application.AuditService;
import ir.pishkhan.portal.web.application.LoginGate;
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
import ir.pishkhan.portal.web.application.LicenceService;
import ir.pishkhan.portal.web.application.TariffService;
import ir.pishkhan.portal.domain.office.LicenceAction;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.tariff.Tariff;
import ir.pishkhan.portal.domain.contract.BankContract;
import ir.pishkhan.portal.domain.delegation.OfficeSelection;
import ir.pishkhan.portal.domain.delegation.RegisterChange;
import ir.pishkhan.portal.domain.delegation.Selectivity;
import ir.pishkhan.portal.domain.delegation.ServiceItem;
import ir.pishkhan.portal.domain.delegation.ServiceScope;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.web.application.ComplaintService.Upload;
import ir.pishkhan.portal.web.application.DelegationService;
import ir.pishkhan.portal.web.application.DelegationService.AgencyStanding;
import ir.pishkhan.portal.web.application.DelegationService.CoverageRow;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
@Tag("container")
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

    @Inject
    private DelegationService delegation;

    @Inject
    private AsUser.AsSecretariat asSecretariat;

    @Inject
    private AsUser.AsGuild asGuild;

    @Inject
    private AsUser.AsHera asHera;

    @Inject
    private AsUser.AsAria asAria;

    @Inject
    private AsUser.AsPostBank asPostBank;

    @Inject
    private AsUser.AsTelecom asTelecom;

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
        Exception weak = assertThrows(Exception.class, () -> asAdmin.call(() -> admin.create(
                new AccountForm("weak.pw", "نام", Role.SECRETARIAT, null, null, "aaaaaaaaaaaa"))));
        assertEquals("password.weak", ((BusinessException) weak).getMessageKey(), "ASVS 2.1: a guessable password is refused");
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

    // --- logins: throttled per account name and address, the same work for unknown names, audited ---

    @Inject
    private LoginGate gate;

    @Inject
    private AuditService audit;

    @Test
    void sixty_wrong_passwords_are_delayed_then_locked_and_the_right_one_waits_for_an_administrator() throws Exception {
        asAdmin.call(() -> admin.create(new AccountForm("op.locked", "حساب قفل‌شدنی", Role.SECRETARIAT, null, null, "a-long-password-1")));
        List<LoginGate.Outcome.Kind> kinds = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            kinds.add(gate.attempt("op.locked", "wrong-password-" + i, "10.13.0.1").kind());
        }
        assertEquals(Collections.nCopies(5, LoginGate.Outcome.Kind.FAILED), kinds.subList(0, 5), kinds.toString());
        assertEquals(LoginGate.Outcome.Kind.WAIT, kinds.get(5), "after 5 failures a delay, counted from the answer: " + kinds);
        int locked = kinds.indexOf(LoginGate.Outcome.Kind.LOCKED);
        assertEquals(9, locked, "every attempt counts, waited for or not: the 10th locks: " + kinds);
        assertEquals(Collections.nCopies(60 - locked, LoginGate.Outcome.Kind.LOCKED), kinds.subList(locked, 60), kinds.toString());

        LoginGate.Outcome right = gate.attempt("op.locked", "a-long-password-1", "10.13.0.2");
        assertEquals(LoginGate.Outcome.Kind.LOCKED, right.kind(), "the right password is refused while locked");
        assertTrue(right.until().isAfter(Instant.now().plus(Duration.ofMinutes(14))), "locked for 15 minutes: " + right.until());

        List<String> locks = asAdmin.call(() -> admin.locks()).stream().map(LoginThrottle::getKey).toList();
        assertTrue(locks.contains("account:op.locked"), locks.toString());
        assertThrows(BusinessException.NotFound.class, () -> asAdmin.call(() -> {
            admin.unlock("account:nobody.locked");
            return null;
        }));
        asAdmin.call(() -> {
            admin.unlock("account:op.locked");
            return null;
        });
        LoginGate.Outcome after = gate.attempt("op.locked", "a-long-password-1", "10.13.0.2");
        assertEquals(LoginGate.Outcome.Kind.SIGNED_IN, after.kind());
        assertEquals("SECRETARIAT", after.role());

        Page<AuditEntry> failures = asAdmin.call(() -> audit.search(new AuditFilter("LOGIN_FAILED", "op.locked", null, null),
                PageRequest.first(100)));
        assertEquals(kinds.stream().filter(k -> k == LoginGate.Outcome.Kind.FAILED).count(), failures.total(),
                "each wrong password that was checked");
        assertTrue(failures.items().stream().allMatch(e -> "10.13.0.1".equals(e.getSourceAddress())), "with the source address");
        for (String action : List.of("LOCKED", "UNLOCKED", "LOGIN")) {
            assertEquals(1, asAdmin.call(() -> audit.search(new AuditFilter(action, null, null, null), PageRequest.first(100)))
                    .items().stream().filter(e -> "op.locked".equals(e.getActor())
                            || "account:op.locked".equals(e.getDetail())).count(), action);
        }
        assertTrue(asAdmin.call(() -> audit.search(new AuditFilter("LOGIN_REFUSED", "op.locked", null, null),
                PageRequest.first(1))).total() >= 50, "refusals are audited too");
        AuditChain.Check check = asAdmin.call(() -> audit.check());
        assertTrue(check.isIntact(), check.toString());
    }

    /** Today an existing name answered ~9x slower than an unknown one (only its hash was computed). */
    @Test
    void an_unknown_username_takes_the_same_work_and_time_as_a_known_one() {
        gate.attempt("nobody.warmup", "x", "10.14.9.9");
        String[] known = {"dabir", "anjoman", "office.hera", "office.aria", "liaison.postbank", "liaison.telecom"};
        long knownNanos = 0;
        long unknownNanos = 0;
        for (int i = 0; i < known.length; i++) {
            long t0 = System.nanoTime();
            assertEquals(LoginGate.Outcome.Kind.FAILED, gate.attempt(known[i], "wrong-password-" + i, "10.14.0." + i).kind());
            long t1 = System.nanoTime();
            assertEquals(LoginGate.Outcome.Kind.FAILED, gate.attempt("nobody.at.all" + i, "wrong-password-" + i, "10.14.1." + i).kind());
            long t2 = System.nanoTime();
            knownNanos += t1 - t0;
            unknownNanos += t2 - t1;
        }
        double ratio = (double) Math.max(knownNanos, unknownNanos) / Math.min(knownNanos, unknownNanos);
        assertTrue(ratio < 3, String.format("known %d ms, unknown %d ms over %d attempts: ratio %.2f",
                knownNanos / 1_000_000, unknownNanos / 1_000_000, known.length, ratio));
    }

    // --- the registers: tariffs (res. 18) and licences (res. 17, 14) ---

    @Inject
    private TariffService tariffs;

    @Inject
    private LicenceService licences;

    @Inject
    private AsUser.AsRegulator asRegulator;

    private static Throwable refusal(java.util.concurrent.Callable<?> call) {
        try {
            call.call();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was refused");
    }

    @Test
    void resolution_18s_tariff_is_reference_data_and_a_later_resolution_makes_it_final_with_its_history() throws Exception {
        LocalDate meetingDay = JalaliDates.of(1391, 6, 27);
        Page<Tariff> today = asHera.call(() -> tariffs.current("تناژ", PageRequest.first(5)));
        assertEquals(1, today.total());
        Tariff provisional = today.items().get(0);
        assertEquals(20_000, provisional.getRials());
        assertTrue(provisional.isProvisional());
        assertEquals(meetingDay, provisional.getEffectiveFrom());
        assertEquals(18, provisional.getResolution().getNumber());
        String code = provisional.getServiceCode();
        LocalDate later = JalaliDates.of(1391, 9, 1);

        // refused, nothing saved: 0, negative, a period over the provisional one, a resolution that does not exist
        for (java.util.concurrent.Callable<?> bad : List.<java.util.concurrent.Callable<?>>of(
                () -> tariffs.change(code, 0, false, later, null, 14, 18),
                () -> tariffs.change(code, -20_000, false, later, null, 14, 18),
                () -> tariffs.change(code, 20_000, false, meetingDay, null, 14, 18),
                () -> tariffs.change(code, 20_000, false, later, null, 15, 3))) {
            assertInstanceOf(BusinessException.InvalidInput.class, refusal(() -> asSecretariat.call(bad)));
        }
        assertInstanceOf(EJBAccessException.class, refusal(() -> asHera.call(() -> tariffs.change(code, 20_000, false,
                later, null, 14, 18))));
        assertInstanceOf(EJBAccessException.class, refusal(() -> asTelecom.call(() -> tariffs.change(code, 20_000,
                false, later, null, 14, 18))));
        assertInstanceOf(BusinessException.NotFound.class, refusal(() -> asSecretariat.call(() -> tariffs.change(
                "no-such-service", 20_000, false, later, null, 14, 18))));
        assertEquals(1, asHera.call(() -> tariffs.history(code)).size());

        Tariff fin = asSecretariat.call(() -> tariffs.change(code, 20_000, false, later, null, 14, 18));
        assertFalse(fin.isProvisional());
        List<Tariff> history = asTelecom.call(() -> tariffs.history(code));
        assertEquals(2, history.size());
        assertEquals(later.minusDays(1), history.get(0).getEffectiveTo());
        assertTrue(history.get(0).isProvisional());
        assertFalse(asHera.call(() -> tariffs.current(null, PageRequest.first(5))).items().get(0).isProvisional());
    }

    @Test
    void the_regulators_liaison_converts_a_licence_of_resolution_17_and_no_other_agency_or_role_can() throws Exception {
        long officeId = reference.offices(new OfficeFilter("14-71-1001", null, null), PageRequest.first(1)).items()
                .get(0).getId();
        LicenceService.LicenceView seen = asHera.call(() -> licences.view(officeId));
        assertEquals(LicenceStatus.CONVERSION_ORDERED, seen.licence().getStatus());
        assertEquals(1, seen.timeline().size(), "recorded as reference data, under res. 17");
        assertTrue(seen.actions().isEmpty());
        assertEquals(Set.of(LicenceAction.CONVERT), asRegulator.call(() -> licences.view(officeId)).actions());
        assertEquals(Set.of(), asTelecom.call(() -> licences.view(officeId)).actions());
        long version = seen.licence().getVersion();
        LocalDate day = JalaliDates.of(1405, 9, 1);

        assertInstanceOf(BusinessException.AccessDenied.class, refusal(() -> asTelecom.call(() ->
                licences.change(officeId, version, LicenceAction.CONVERT, day, 14, 17, null, null))));
        assertInstanceOf(EJBAccessException.class, refusal(() -> asHera.call(() ->
                licences.change(officeId, version, LicenceAction.CONVERT, day, 14, 17, null, null))));
        assertInstanceOf(BusinessException.AccessDenied.class, refusal(() -> asSecretariat.call(() ->
                licences.change(officeId, version, LicenceAction.CONVERT, day, 14, 17, null, null))));
        assertInstanceOf(BusinessException.NotFound.class, refusal(() -> asRegulator.call(() ->
                licences.change(Long.MAX_VALUE, 0, LicenceAction.CONVERT, day, 14, 17, null, null))));
        assertInstanceOf(BusinessException.InvalidInput.class, refusal(() -> asRegulator.call(() ->
                licences.change(officeId, version, LicenceAction.CONVERT, day, null, null, " ", null))));
        assertInstanceOf(BusinessException.InvalidInput.class, refusal(() -> asRegulator.call(() ->
                licences.change(officeId, version, LicenceAction.CONVERT, day, 15, 3, null, null))));
        assertInstanceOf(BusinessException.ConcurrentChange.class, refusal(() -> asRegulator.call(() ->
                licences.change(officeId, version + 1, LicenceAction.CONVERT, day, 14, 17, null, null))));
        assertEquals(1, asHera.call(() -> licences.view(officeId)).timeline().size(), "nothing saved");

        asRegulator.call(() -> licences.change(officeId, version, LicenceAction.CONVERT, day, 14, 17, "۴۵۶/ت", null));
        LicenceService.LicenceView after = asHera.call(() -> licences.view(officeId));
        assertEquals(LicenceStatus.CONVERTED, after.licence().getStatus());
        assertEquals(LicenceStatus.CONVERTED, after.office().getStatus());
        assertEquals(List.of(LicenceAction.RECORD, LicenceAction.CONVERT),
                after.timeline().stream().map(e -> e.getAction()).toList());
        // a change that skips a state: converted cannot be ordered converted again
        assertInstanceOf(ir.pishkhan.portal.domain.workflow.IllegalTransition.class, refusal(() -> asSecretariat.call(() ->
                licences.change(officeId, after.licence().getVersion(), LicenceAction.ORDER_CONVERSION, day, 14, 17,
                        null, null))));
    }

    @Test
    void an_offices_first_licence_change_stores_its_licence_with_the_change_on_its_timeline() throws Exception {
        long officeId = reference.offices(new OfficeFilter("آريا", null, null), PageRequest.first(1)).items()
                .get(0).getId();
        LicenceService.LicenceView before = asSecretariat.call(() -> licences.view(officeId));
        assertEquals(LicenceStatus.ACTIVE, before.licence().getStatus());
        assertTrue(before.timeline().isEmpty());
        asSecretariat.call(() -> licences.change(officeId, before.licence().getVersion(), LicenceAction.SUSPEND,
                JalaliDates.of(1405, 9, 2), null, null, "نامهٔ ۱۲/۳۴", "تا بررسی"));
        LicenceService.LicenceView after = asHera.call(() -> licences.view(officeId));
        assertEquals(LicenceStatus.SUSPENDED, after.licence().getStatus());
        assertEquals(1, after.timeline().size());
        assertEquals(LicenceStatus.ACTIVE, after.timeline().get(0).getFromStatus());
        assertEquals(1, reference.offices(new OfficeFilter("آريا", null, LicenceStatus.SUSPENDED), PageRequest.first(1)).total());
        asSecretariat.call(() -> licences.change(officeId, after.licence().getVersion(), LicenceAction.REINSTATE,
                JalaliDates.of(1405, 9, 3), null, null, "نامهٔ ۱۲/۳۵", null));
        assertEquals(LicenceStatus.ACTIVE, asHera.call(() -> licences.view(officeId)).licence().getStatus());
    }

    // --- services, their delegation and the banks' contracts (issue 11) ---

    private static Throwable thrown(Callable<?> call) {
        try {
            call.call();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was thrown");
    }

    private Office office(String licence) {
        return reference.offices(new OfficeFilter(licence, null, null), PageRequest.first(5)).items().stream()
                .filter(o -> o.getLicenceNumber().equals(licence)).findFirst().orElseThrow();
    }

    private long agencyId(String code) {
        return reference.agencyChoices().stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    /**
     * A liaison catalogues a service and delegates it to one office of Hera's county: the coverage flags the county
     * selective with Hera left out, Hera sees it among the services it is left out of (Aria, of another county, does
     * not); bad input and a grant reaching no office save nothing; another agency's liaison finds no such service,
     * by id or crafted call, an office and the guild may not change it; a withdrawal ends it and the timeline keeps both.
     */
    @Test
    void a_liaison_delegates_its_own_service_and_the_coverage_flags_a_selective_county() throws Exception {
        long postBank = agencyId("post-bank");
        Office hera = office("14-71-1101");
        Office neighbour = office("14-71-2002"); // «امید مرکزی»: urban, active, Hera's county
        assertEquals(hera.getCountyFa(), neighbour.getCountyFa());
        assertEquals(LicenceStatus.ACTIVE, neighbour.getStatus());
        LocalDate today = LocalDate.now(JalaliDates.ZONE);

        ServiceItem s = asPostBank.call(() -> delegation.catalogue(null, "PB-IT-1", "حواله الکترونیکی", "E-transfer", ServiceScope.BOTH));
        assertFalse(s.isDemo());
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> asPostBank.call(() ->
                delegation.catalogue(null, "PB-IT-1", "دوباره", "Again", ServiceScope.BOTH))));
        // another agency's liaison: no such service, by id or by a crafted call naming Post Bank
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> asTelecom.call(() -> delegation.service(s.getId()))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> asTelecom.call(() ->
                delegation.grant(s.getId(), OfficeSelection.office(hera.getId()), today, "مصوبه ۱۹"))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> asTelecom.call(() ->
                delegation.catalogue(postBank, "TC-X", "x", "x", ServiceScope.BOTH))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> asTelecom.call(() -> delegation.coverage(postBank, PageRequest.first(5)))));
        // other roles: 403
        assertInstanceOf(EJBAccessException.class, thrown(() -> asHera.call(() -> delegation.service(s.getId()))));
        assertInstanceOf(EJBAccessException.class, thrown(() -> asGuild.call(() ->
                delegation.grant(s.getId(), OfficeSelection.office(hera.getId()), today, "مصوبه ۱۹"))));
        assertEquals(s.getId(), asGuild.call(() -> delegation.service(s.getId())).getId(), "the guild reads");

        // bad input: nothing saved
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> asPostBank.call(() ->
                delegation.grant(s.getId(), OfficeSelection.office(neighbour.getId()), today, "  "))));
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> asPostBank.call(() ->
                delegation.grant(s.getId(), OfficeSelection.of(null, null), today, "مصوبه ۱۹"))));
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> asPostBank.call(() ->
                delegation.grant(s.getId(), OfficeSelection.office(neighbour.getId()), today.plusDays(1), "مصوبه ۱۹"))));
        assertEquals(1, asPostBank.call(() -> delegation.timeline(s.getId())).size(), "only the service's cataloguing");

        assertEquals(1, (int) asPostBank.call(() -> delegation.grant(s.getId(), OfficeSelection.office(neighbour.getId()), today, "مصوبه ۱۹ جلسه ۱۴")));
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> asPostBank.call(() ->
                delegation.grant(s.getId(), OfficeSelection.office(neighbour.getId()), today, "مصوبه ۱۹"))), "no office reached");
        CoverageRow row = asPostBank.call(() -> delegation.coverage(postBank, PageRequest.first(200))).items().stream()
                .filter(r -> r.service().getId().equals(s.getId()) && r.coverage().countyFa().equals(hera.getCountyFa()))
                .findFirst().orElseThrow();
        assertEquals(Selectivity.PARTIAL, row.coverage().selectivity());
        assertEquals(1, row.coverage().covered());
        assertTrue(row.leftOut().stream().anyMatch(o -> o.id() == hera.getId() && o.nameFa().equals(hera.getNameFa())),
                row.leftOut().toString());
        assertTrue(asHera.call(() -> delegation.leftOutServices()).contains(s));
        assertEquals(s.getId(), asHera.call(() -> delegation.leftOutService(s.getId())).getId());
        assertFalse(asAria.call(() -> delegation.leftOutServices()).contains(s));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> asAria.call(() -> delegation.leftOutService(s.getId()))));

        assertEquals(1, (int) asSecretariat.call(() -> delegation.withdraw(s.getId(), OfficeSelection.office(neighbour.getId()), today, "اصلاح")));
        assertFalse(asHera.call(() -> delegation.leftOutServices()).contains(s));
        List<RegisterChange> timeline = asPostBank.call(() -> delegation.timeline(s.getId()));
        assertEquals(List.of(RegisterChange.What.WITHDRAWN, RegisterChange.What.GRANTED, RegisterChange.What.CATALOGUED),
                timeline.stream().map(RegisterChange::getWhat).toList());
        assertEquals("dabir", timeline.get(0).getActor());
        assertEquals(1, asPostBank.call(() -> delegation.authorisations(s.getId(), null, false, PageRequest.first(10))).total(),
                "withdrawn, kept");
        assertFalse(asPostBank.call(() -> delegation.authorisations(s.getId(), null, false, PageRequest.first(10))).items()
                .get(0).isInForce());
        assertEquals(0, asPostBank.call(() -> delegation.authorisations(s.getId(), null, true, PageRequest.first(10))).total());

        // resolution 5: its month is long past, and Post Bank has nothing delegated now
        AgencyStanding standing = asSecretariat.call(() -> delegation.agencies()).stream()
                .filter(a -> a.delegation().agencyId() == postBank).findFirst().orElseThrow();
        assertTrue(standing.againstResolution5());
        assertInstanceOf(EJBAccessException.class, thrown(() -> asPostBank.call(() -> delegation.agencies())));
    }

    /** A bank records a signed contract with its checked file; a forged file saves nothing; others see 404 or 403. */
    @Test
    void a_bank_records_its_contracts_with_the_checked_file_and_their_coverage() throws Exception {
        long postBank = agencyId("post-bank");
        long telecom = agencyId("telecom");
        Office aria = office("14-71-1102");
        LocalDate today = LocalDate.now(JalaliDates.ZONE);
        byte[] pdf = "%PDF-1.4 signed".getBytes(StandardCharsets.US_ASCII);

        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> asPostBank.call(() -> delegation.recordContract(
                null, aria.getId(), today, "ق-۱", new Upload("contract.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII))))));
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> asPostBank.call(() -> delegation.recordContract(
                null, aria.getId(), today, "ق-۱", null))));
        assertEquals(0, asPostBank.call(() -> delegation.contracts(null, null, PageRequest.first(5))).total());

        BankContract c = asPostBank.call(() -> delegation.recordContract(null, aria.getId(), today, "ق-۱", new Upload("contract.pdf", pdf)));
        assertInstanceOf(BusinessException.InvalidInput.class, thrown(() -> asPostBank.call(() -> delegation.recordContract(
                null, aria.getId(), today, "ق-۲", new Upload("contract.pdf", pdf)))), "one in force");
        assertEquals(1, asSecretariat.call(() -> delegation.contractCoverage(postBank)).stream()
                .filter(x -> x.countyFa().equals(aria.getCountyFa())).findFirst().orElseThrow().covered());
        assertEquals("contract.pdf", asGuild.call(() -> delegation.contractFile(c.getId())).name());

        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> asTelecom.call(() -> delegation.contractFile(c.getId()))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> asTelecom.call(() -> delegation.contracts(postBank, null, PageRequest.first(5)))));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> asTelecom.call(() -> {
            delegation.endContract(c.getId());
            return null;
        })));
        assertInstanceOf(BusinessException.NotFound.class, thrown(() -> asSecretariat.call(() -> delegation.contracts(telecom, null, PageRequest.first(5)))),
                "the telecom company signs no such contract");
        assertInstanceOf(EJBAccessException.class, thrown(() -> asAria.call(() -> delegation.contractFile(c.getId()))));

        asPostBank.call(() -> {
            delegation.endContract(c.getId());
            return null;
        });
        assertEquals(List.of(RegisterChange.What.CONTRACT_ENDED, RegisterChange.What.CONTRACT_SIGNED),
                asSecretariat.call(() -> delegation.contractTimeline(postBank)).stream().map(RegisterChange::getWhat).toList());
        assertEquals(1, asPostBank.call(() -> delegation.contracts(null, null, PageRequest.first(5))).total(), "ended, kept");
    }
}

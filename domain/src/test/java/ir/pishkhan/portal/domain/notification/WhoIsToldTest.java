package ir.pishkhan.portal.domain.notification;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintAction;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeAction;
import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.linerequest.DisputeReason;
import ir.pishkhan.portal.domain.linerequest.LineDeadlines;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequest;
import ir.pishkhan.portal.domain.linerequest.LineRequestAction;
import ir.pishkhan.portal.domain.linerequest.RefusalReason;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.obligation.Obligation;
import ir.pishkhan.portal.domain.obligation.ObligationAction;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.workflow.TimelineEntry;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who is told of each step: the table spelled out for every action of both workflows, then real records walked
 * through their steps with real accounts — each step's recipients after the access rules and the entry's visibility,
 * never the actor, never a disabled account.
 */
class WhoIsToldTest {

    private static final String HASH = "PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA==";
    private static final Instant NOW = Instant.parse("2026-04-20T06:30:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, JalaliDates.ZONE);

    private final Office hera = withId(new Office("14-71-1101", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN,
            "مرکز استان", "Centre", null, LicenceStatus.ACTIVE), 1L);
    private final Office aria = withId(new Office("14-71-1102", "دفتر پیشخوان آریا", "Aria", OfficeKind.RURAL,
            "شهرستان", null, null, LicenceStatus.ACTIVE), 2L);
    private final Agency postBank = withId(new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null), 10L);
    private final Agency telecom = withId(new Agency("telecom", "شرکت مخابرات", "Telecom company", AgencyKind.TELECOM, null), 11L);

    private final Meeting meeting14 = Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری");
    private final Resolution r1 = meeting14.addResolution(1, "…تا تاریخ ۹۱/۷/۱۵…", null, Deadline.on(JalaliDates.of(1391, 7, 15)));
    private final Resolution r9 = meeting14.addResolution(9, "…ظرف مدت ۲ هفته…", null, Deadline.within("P2W"));
    private final Resolution r11 = meeting14.addResolution(11, "…غیر از بیمه معلم…", null, null);

    private final List<UserAccount> people = new ArrayList<>();
    private final UserAccount dabir = person("dabir", Role.SECRETARIAT, null, null);
    private final UserAccount dabir2 = person("dabir2", Role.SECRETARIAT, null, null);
    private final UserAccount anjoman = person("anjoman", Role.GUILD, null, null);
    private final UserAccount officeHera = person("office.hera", Role.OFFICE_OPERATOR, hera, null);
    private final UserAccount heraLeft = person("office.hera.old", Role.OFFICE_OPERATOR, hera, null);
    private final UserAccount officeAria = person("office.aria", Role.OFFICE_OPERATOR, aria, null);
    private final UserAccount liaisonPostBank = person("liaison.postbank", Role.AGENCY_LIAISON, null, postBank);
    private final UserAccount liaisonTelecom = person("liaison.telecom", Role.AGENCY_LIAISON, null, telecom);
    private final UserAccount admin = person("admin", Role.ADMIN, null, null);

    private int minutes;

    WhoIsToldTest() {
        heraLeft.disable();
    }

    private UserAccount person(String name, Role role, Office office, Agency agency) {
        UserAccount u = new UserAccount(name, name, role, office, agency, HASH, NOW);
        people.add(u);
        return u;
    }

    /** Every account of the role at the office or agency, the disabled ones too: the rule must drop them itself. */
    private List<UserAccount> members(Role role, Long officeId, Long agencyId) {
        return people.stream().filter(u -> u.getRole() == role)
                .filter(u -> officeId == null || (u.getOffice() != null && officeId.equals(u.getOffice().getId())))
                .filter(u -> agencyId == null || (u.getAgency() != null && agencyId.equals(u.getAgency().getId())))
                .toList();
    }

    /** Ids are the database's; these records are never stored, so the test gives them. */
    private static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant tick() {
        return NOW.plus(Duration.ofMinutes(++minutes));
    }

    private static Actor as(UserAccount u) {
        return new Actor(u.getUsername(), u.getRole());
    }

    /** Who is told of the step just taken (the record's last written entry). */
    private List<String> told(Workflow<?, ?, ?> record) {
        List<? extends TimelineEntry<?, ?>> written = record.takeWritten();
        TimelineEntry<?, ?> step = written.get(written.size() - 1);
        return WhoIsTold.recipients(step.getAction(), step.getVisibility(), step.getActor(), record, this::members)
                .stream().map(UserAccount::getUsername).toList();
    }

    @Test
    void theTableForEveryActionOfEveryWorkflow() {
        Map<Enum<?>, String> expected = new LinkedHashMap<>();
        expected.put(ComplaintAction.FILE, "SECRETARIAT WORK");
        expected.put(ComplaintAction.TRIAGE, "PROGRESS");
        expected.put(ComplaintAction.REQUEST_INFO, "OFFICE WORK");
        expected.put(ComplaintAction.PROVIDE_INFO, "SECRETARIAT WORK");
        expected.put(ComplaintAction.FORWARD, "AGENCY WORK");
        expected.put(ComplaintAction.ANSWER, "SECRETARIAT WORK");
        expected.put(ComplaintAction.REFER, "GUILD OFFICE PROGRESS");
        expected.put(ComplaintAction.RESOLVE, "GUILD OFFICE PROGRESS");
        expected.put(ComplaintAction.REJECT, "GUILD OFFICE PROGRESS");
        expected.put(ComplaintAction.MARK_DUPLICATE, "GUILD OFFICE PROGRESS");
        expected.put(ComplaintAction.WITHDRAW, "SECRETARIAT AGENCY PROGRESS");
        expected.put(ComplaintAction.REOPEN, "GUILD OFFICE PROGRESS");
        expected.put(ComplaintAction.REPLY, "OFFICE NOTE");
        expected.put(ComplaintAction.INTERNAL_NOTE, "NOTE");
        expected.put(ComplaintAction.GUILD_NOTE, "SECRETARIAT NOTE");
        expected.put(ComplaintAction.ESCALATE, "WORK"); // told as its rung (below), not as an entry
        expected.put(LineRequestAction.FILE, "AGENCY WORK");
        expected.put(LineRequestAction.SEND, "AGENCY WORK");
        expected.put(LineRequestAction.FORWARD, "OFFICE AGENCY WORK");
        expected.put(LineRequestAction.CANCEL, "AGENCY PROGRESS");
        expected.put(LineRequestAction.SCHEDULE, "OFFICE PROGRESS");
        expected.put(LineRequestAction.INSTALL, "OFFICE WORK");
        expected.put(LineRequestAction.REFUSE, "OFFICE PROGRESS");
        expected.put(LineRequestAction.CONFIRM, "AGENCY PROGRESS");
        expected.put(LineRequestAction.DISPUTE, "AGENCY WORK");
        expected.put(LineRequestAction.GUILD_NOTE, "SECRETARIAT NOTE");
        expected.put(LineRequestAction.SECRETARIAT_NOTE, "GUILD NOTE");
        expected.put(LineRequestAction.ESCALATE, "WORK");
        expected.put(ObligationAction.OPEN_OBLIGATION, "AGENCY WORK");
        expected.put(ObligationAction.REPORT, "SECRETARIAT WORK");
        expected.put(ObligationAction.VERIFY, "AGENCY PROGRESS");
        expected.put(ObligationAction.RETURN, "AGENCY WORK");
        expected.put(ObligationAction.DECLARE_VIOLATED, "GUILD AGENCY PROGRESS");
        expected.put(ObligationAction.REFER, "GUILD AGENCY PROGRESS");
        expected.put(ObligationAction.GUILD_NOTE, "SECRETARIAT NOTE");
        expected.put(ObligationAction.SECRETARIAT_NOTE, "GUILD NOTE");
        expected.put(ObligationAction.ESCALATE, "WORK");
        expected.put(DisputeAction.OPEN_DISPUTE, "GUILD OFFICE AGENCY WORK");
        expected.put(DisputeAction.OFFICE_STATEMENT, "SECRETARIAT AGENCY NOTE");
        expected.put(DisputeAction.AGENCY_STATEMENT, "SECRETARIAT OFFICE NOTE");
        expected.put(DisputeAction.GUILD_NOTE, "SECRETARIAT NOTE");
        expected.put(DisputeAction.PROPOSE, "GUILD OFFICE AGENCY WORK");
        expected.put(DisputeAction.WITHDRAW_PROPOSAL, "GUILD OFFICE AGENCY PROGRESS");
        expected.put(DisputeAction.SETTLE, "GUILD OFFICE AGENCY PROGRESS");
        expected.put(DisputeAction.REFER, "GUILD OFFICE AGENCY PROGRESS");
        List<Enum<?>> every = Stream.of(ComplaintAction.values(), LineRequestAction.values(), ObligationAction.values(),
                        DisputeAction.values())
                .flatMap(Arrays::stream).collect(Collectors.toList());
        assertEquals(every, new ArrayList<>(expected.keySet()), "every action of every workflow is in the table");
        for (Enum<?> action : every) {
            WhoIsTold.Rule rule = WhoIsTold.rule(action);
            String actual = Stream.concat(rule.audiences().stream().map(Enum::name), Stream.of(rule.kind().name()))
                    .collect(Collectors.joining(" "));
            assertEquals(expected.get(action), actual, action.getDeclaringClass().getSimpleName() + "." + action);
        }
    }

    @Test
    void aRungOfTheLadderTellsThePartyThatMustActAndTheSecretariat() {
        assertEquals("SECRETARIAT AGENCY WORK", Stream.concat(WhoIsTold.rule(Rung.LETTER).audiences().stream()
                .map(Enum::name), Stream.of(WhoIsTold.rule(Rung.LETTER).kind().name())).collect(Collectors.joining(" ")));
        Complaint c = withId(Complaint.file(hera, postBank, ComplaintKind.GUARANTEE_DEMANDED, TODAY.minusDays(3), null,
                "پست بانک برای ادامهٔ همکاری ضمانت‌نامهٔ بانکی خواست.", List.of(), as(officeHera), tick(), "k-1"), 100L);
        c.triage(as(dabir), List.of(r11), Priority.NORMAL, null, EVERY_DAY, tick());
        c.forward(as(dabir), "مطابق مصوبهٔ ۱۱ پاسخ دهید.", tick());
        assertEquals(List.of("dabir", "dabir2", "liaison.postbank"), WhoIsTold.recipients(Rung.REMINDER,
                Visibility.PUBLIC, "system", c, this::members).stream().map(UserAccount::getUsername).toList(),
                "the secretariat and the agency's liaisons; not the office, not another agency");

        LineRequest r = withId(LineRequest.file(hera, telecom, LineKind.DATA_LINE, 1, "خیابان امام، پلاک ۳",
                null, new LineDeadlines(r1, r9), EVERY_DAY, as(officeHera), tick(), "l-9"), 200L);
        r.send(as(officeHera), null, EVERY_DAY, tick());
        assertEquals(List.of("dabir", "dabir2", "liaison.telecom"), WhoIsTold.recipients(Rung.LETTER,
                Visibility.PUBLIC, "system", r, this::members).stream().map(UserAccount::getUsername).toList());
    }

    @Test
    void aComplaintsStepsTellThoseWhoMaySeeThemAndNeverTheActor() {
        Complaint c = withId(Complaint.file(hera, postBank, ComplaintKind.GUARANTEE_DEMANDED, TODAY.minusDays(3), null,
                "پست بانک برای ادامهٔ همکاری ضمانت‌نامهٔ بانکی خواست.", List.of(), as(officeHera), tick(), "k-1"), 100L);
        assertEquals(List.of("dabir", "dabir2"), told(c), "filed → the secretariat");

        c.requestInfo(as(dabir), "لطفاً تصویر نامه را بفرستید.", tick());
        assertEquals(List.of("office.hera"), told(c), "information requested → the office (not another, not a disabled account)");
        c.provideInfo(as(officeHera), "نامهٔ شمارهٔ ۱۲۳ پیوست شد.", List.of(), tick());
        assertEquals(List.of("dabir", "dabir2"), told(c), "provided → the secretariat");

        c.triage(as(dabir), List.of(r11), Priority.NORMAL, null, EVERY_DAY, tick());
        assertEquals(List.of(), told(c), "triage tells nobody");

        c.internalNote(as(dabir), "پیش از جلسهٔ بعد با مدیر استانی تماس گرفته شود.", tick());
        assertEquals(List.of(), told(c), "an internal note tells nobody");
        assertFalse(WhoIsTold.mayBeTold(officeHera, c, Visibility.SECRETARIAT, "dabir"), "no office reads an internal note");
        assertFalse(WhoIsTold.mayBeTold(anjoman, c, Visibility.SECRETARIAT, "dabir"), "nor the guild");
        assertTrue(WhoIsTold.mayBeTold(dabir2, c, Visibility.SECRETARIAT, "dabir"));
        assertFalse(WhoIsTold.mayBeTold(liaisonPostBank, c, Visibility.PUBLIC, "dabir"),
                "a liaison hears of a complaint only once it is forwarded");

        c.guildNote(as(anjoman), "انجمن صنفی موضوع را پیگیری کرد.", tick());
        assertEquals(List.of("dabir", "dabir2"), told(c), "the guild's note → the secretariat");

        c.forward(as(dabir), "مطابق مصوبهٔ ۱۱ پاسخ دهید.", tick());
        assertEquals(List.of("liaison.postbank"), told(c), "forwarded → the agency's liaisons, not another agency's");
        c.answer(as(liaisonPostBank), "ضمانت‌نامه دیگر خواسته نمی‌شود.", List.of(), tick());
        assertEquals(List.of("dabir", "dabir2"), told(c), "answered → the secretariat");

        c.reply(as(dabir), "شکایت شما در دست بررسی است.", tick());
        assertEquals(List.of("office.hera"), told(c), "a reply → the office");

        c.resolve(as(dabir), "پست بانک بیمهٔ معلم را پذیرفت.", tick());
        assertEquals(List.of("anjoman", "office.hera"), told(c).stream().sorted().toList(), "resolved → the office and the guild");
        c.reopen(as(dabir), "پست بانک دوباره ضمانت‌نامه خواست.", tick());
        assertEquals(List.of("anjoman", "office.hera"), told(c).stream().sorted().toList(), "reopened → the office and the guild");

        c.withdraw(as(officeHera), "مشکل حل شد.", tick());
        assertEquals(List.of("dabir", "dabir2", "liaison.postbank"), told(c), "withdrawn once forwarded → the agency too");
    }

    @Test
    void nobodyIsToldOfTheirOwnStepAndNoAdministratorOrDisabledAccountIsTold() {
        Complaint c = withId(Complaint.file(hera, postBank, ComplaintKind.GUARANTEE_DEMANDED, TODAY.minusDays(3), null,
                "پست بانک برای ادامهٔ همکاری ضمانت‌نامهٔ بانکی خواست.", List.of(), as(officeHera), tick(), "k-2"), 101L);
        c.takeWritten();
        // a secretary's step that concerns the secretariat: the others are told, not the one who took it
        assertEquals(List.of("dabir2"), WhoIsTold.recipients(ComplaintAction.PROVIDE_INFO, Visibility.PUBLIC, "dabir", c,
                this::members).stream().map(UserAccount::getUsername).toList());
        assertFalse(WhoIsTold.mayBeTold(admin, c, Visibility.PUBLIC, "dabir"));
        assertFalse(WhoIsTold.mayBeTold(heraLeft, c, Visibility.PUBLIC, "dabir"));
        assertFalse(WhoIsTold.mayBeTold(officeAria, c, Visibility.PUBLIC, "dabir"), "another office's complaint");
        assertFalse(WhoIsTold.mayBeTold(null, c, Visibility.PUBLIC, "dabir"));
    }

    @Test
    void eachLineRequestStepTellsWhicheverOfTheOfficeAndTheProviderDidNotTakeIt() {
        LineDeadlines deadlines = new LineDeadlines(r1, r9);
        LineRequest r = withId(LineRequest.file(hera, telecom, LineKind.FIXED_LINE, 2, "خیابان امام، کوچهٔ ۱۲، پلاک ۳",
                null, deadlines, EVERY_DAY, as(officeHera), tick(), "l-1"), 200L);
        assertEquals(List.of(), told(r), "filed, not sent: the provider may not see it yet");
        r.send(as(officeHera), null, EVERY_DAY, tick());
        assertEquals(List.of("liaison.telecom"), told(r), "sent → the provider's liaisons, not another agency's");
        r.schedule(as(liaisonTelecom), TODAY.plusDays(5), null, tick());
        assertEquals(List.of("office.hera"), told(r), "scheduled → the office");
        r.install(as(liaisonTelecom), null, tick());
        assertEquals(List.of("office.hera"), told(r), "installed → the office");
        r.dispute(as(officeHera), DisputeReason.NOT_WORKING, "خط دوم بوق آزاد ندارد.", tick());
        assertEquals(List.of("liaison.telecom"), told(r), "disputed → the provider");
        r.install(as(liaisonTelecom), null, tick());
        told(r);
        r.confirm(as(officeHera), null, tick());
        assertEquals(List.of("liaison.telecom"), told(r), "confirmed → the provider");
        r.guildNote(as(anjoman), "انجمن صنفی موضوع را با مخابرات پیگیری کرد.", tick());
        assertEquals(List.of("dabir", "dabir2"), told(r), "the guild's follow-up → the secretariat, never the office or provider");
        r.secretariatNote(as(dabir), "در جلسهٔ بعد کارگروه گزارش شود.", tick());
        assertEquals(List.of("anjoman"), told(r), "the secretariat's follow-up → the guild");

        LineRequest cancelled = withId(LineRequest.file(hera, telecom, LineKind.DATA_LINE, 1, "خیابان امام، پلاک ۳",
                null, deadlines, EVERY_DAY, as(officeHera), tick(), "l-2"), 201L);
        cancelled.takeWritten();
        cancelled.cancel(as(officeHera), null, tick());
        assertEquals(List.of(), told(cancelled), "cancelled before it was sent: nobody");

        LineRequest forwarded = withId(LineRequest.file(hera, telecom, LineKind.DATA_LINE, 1, "خیابان امام، پلاک ۳",
                null, deadlines, EVERY_DAY, as(officeHera), tick(), "l-3"), 202L);
        forwarded.takeWritten();
        forwarded.forward(as(dabir), null, EVERY_DAY, tick());
        assertEquals(List.of("office.hera", "liaison.telecom"), told(forwarded), "sent by the secretariat → both");
        forwarded.refuse(as(liaisonTelecom), RefusalReason.NO_CAPACITY, "در این مرکز ظرفیت خالی وجود ندارد.", tick());
        assertEquals(List.of("office.hera"), told(forwarded), "refused → the office");
    }

    @Test
    void anObligationsStepsTellTheAgencysLiaisonsOrTheSecretariatNeverAnOffice() {
        Resolution banks = meeting14.addResolution(20, "…کلیه بانکهای استان…", null, null);
        banks.addKind(ResolutionKind.OBLIGATION);
        Obligation o = withId(Obligation.open(banks, postBank, EVERY_DAY, as(dabir), tick()), 300L);
        assertEquals(List.of("liaison.postbank"), told(o), "opened → the agency's liaisons, not another agency's");
        o.report(as(liaisonPostBank), "قرارداد با دفاتر امضا شد.", List.of(), tick());
        assertEquals(List.of("dabir", "dabir2"), told(o), "reported → the secretariat");
        o.returnReport(as(dabir), "نسخهٔ قرارداد پیوست نشده است.", tick());
        assertEquals(List.of("liaison.postbank"), told(o), "returned → the agency");
        o.guildNote(as(anjoman), "انجمن صنفی قرارداد را پیگیری کرد.", tick());
        assertEquals(List.of("dabir", "dabir2"), told(o), "the guild's follow-up → the secretariat, never the agency");
        o.report(as(liaisonPostBank), "نسخهٔ قرارداد پیوست شد.", List.of(), tick());
        told(o);
        o.verify(as(dabir), null, tick());
        assertEquals(List.of("liaison.postbank"), told(o), "verified → the agency's liaisons");
    }

    @Test
    void aDisputesStepsTellEveryNamedOfficeTheAgencyAndTheGuildNeverAnOutsider() {
        Resolution res15 = meeting14.addResolution(15, "پست بانک مکلف است …", null, null);
        Office karbala = withId(new Office("14-72-1103", "راه کربلا", "Rah-e Karbala", OfficeKind.RURAL,
                "شهرستان", null, null, LicenceStatus.ACTIVE), 3L);
        Dispute d = withId(Dispute.open(postBank, List.of(hera, karbala), "اختلاف در تسویه کارمزد خدمات بانکی",
                res15, null, as(dabir), tick()), 400L);
        assertEquals(List.of("anjoman", "office.hera", "liaison.postbank"), told(d),
                "opened → the guild, every named office's operators (not aria's, not a disabled one), the agency's liaisons");
        d.officeStatement(as(officeHera), hera, "کارمزد سه ماه گذشته واریز نشده است.", List.of(), tick());
        assertEquals(List.of("dabir", "dabir2", "liaison.postbank"), told(d), "an office's case → the secretariat and the agency");
        d.agencyStatement(as(liaisonPostBank), postBank, "پست بانک کارمزدها را پرداخت کرده است.", List.of(), tick());
        assertEquals(List.of("dabir", "dabir2", "office.hera"), told(d), "the agency's case → the secretariat and the offices");
        d.guildNote(as(anjoman), "انجمن صنفی با طرفین جلسه گذاشت.", tick());
        assertEquals(List.of("dabir", "dabir2"), told(d), "the guild's follow-up → the secretariat, never a side");
        d.propose(as(dabir), "پست بانک کارمزد معوق را ظرف دو هفته واریز کند.", tick());
        assertEquals(List.of("anjoman", "office.hera", "liaison.postbank"), told(d));
        d.settle(as(dabir), null, tick());
        assertEquals(List.of("anjoman", "office.hera", "liaison.postbank"), told(d), "settled → the sides and the guild");
    }

    @Test
    void aWorkflowWithNoTableTellsNobody() {
        assertEquals(Objects.requireNonNull(WhoIsTold.rule(Visibility.PUBLIC)).audiences(), java.util.Set.of());
    }
}

package ir.pishkhan.portal.domain.linerequest;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.escalation.RungRecord;
import ir.pishkhan.portal.domain.workflow.StepRecord;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.workflow.Actor;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.workflow.Visibility;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.PartyType;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * What the line request tests share: the 14th meeting's resolutions 1, 2, 9 and 13 with the parties they oblige,
 * an office, the telecom company and other agencies, one actor per role, a clock, and requests brought into each
 * state through the aggregate's own public methods.
 */
final class LineRequestFixtures {

    /** 10:00 in Tehran on 1405/01/31 (2026-04-20). */
    static final Instant NOW = Instant.parse("2026-04-20T06:30:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, JalaliDates.ZONE);
    /** When the action under test is taken: after every step of a path, on the same day. */
    static final Instant LATER = NOW.plus(Duration.ofHours(1));

    static final Actor OPERATOR = new Actor("operator1", Role.OFFICE_OPERATOR);
    static final Actor SECRETARY = new Actor("secretary1", Role.SECRETARIAT);
    static final Actor LIAISON = new Actor("liaison1", Role.AGENCY_LIAISON);
    static final Actor GUILD = new Actor("guild1", Role.GUILD);
    static final Actor ADMIN = new Actor("admin1", Role.ADMIN);

    static final String ADDRESS = "خیابان امام، کوچهٔ ۱۲، پلاک ۳، طبقهٔ همکف";
    static final String NOTE = "دو خط تلفن برای باجهٔ پرداخت قبوض لازم است.";
    static final String SEND_NOTE = "لطفاً در اسرع وقت اقدام شود.";
    static final String FORWARD_NOTE = "به موجب مصوبهٔ ۱۰ جلسهٔ ۱۴ ارسال شد.";
    static final String CANCEL_REASON = "خط از پیش نصب شده بود.";
    static final String SCHEDULE_NOTE = "کارشناس مخابرات صبح مراجعه می‌کند.";
    static final String INSTALL_NOTE = "خطوط نصب و آزمایش شد.";
    static final String CONFIRM_NOTE = "هر دو خط کار می‌کند.";
    static final String DISPUTE_TEXT = "خط دوم بوق آزاد ندارد و کار نمی‌کند.";
    static final String REFUSAL = "در این مرکز مخابراتی ظرفیت خالی وجود ندارد.";
    static final String NOT_NEEDED = "دفتر پیشخوان به خط دوم نیازی ندارد.";
    static final String GUILD_NOTE = "انجمن صنفی موضوع را با مخابرات پیگیری کرد.";
    static final String SECRETARIAT_NOTE = "در جلسهٔ بعد کارگروه گزارش شود.";
    /** The installation date the standard SCHEDULE sets: five days after {@link #TODAY}. */
    static final LocalDate INSTALL_ON = TODAY.plusDays(5);

    final Office office = new Office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN,
            "مرکز استان", "Centre", ADDRESS, LicenceStatus.ACTIVE);

    final Party telecomParty = new Party("telecom", "شرکت مخابرات", "Telecom company", PartyType.AGENCY);
    final Party ictAgencies = new Party(Party.ICT_AGENCIES, "دستگاه‌های تابعه وزارت ارتباطات",
            "Agencies of the ICT ministry", PartyType.AGENCY_GROUP);
    final Agency telecom = new Agency("telecom", "شرکت مخابرات استان", "Provincial telecom company",
            AgencyKind.TELECOM, telecomParty);
    final Agency infrastructureCo = new Agency("infrastructure-co", "شرکت ارتباطات زیرساخت",
            "Telecommunication Infrastructure Company", AgencyKind.ICT, null);
    final Agency postBank = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);

    /** The 14th meeting, 1391/06/27 (2012-09-17). */
    final Meeting meeting14 = Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری");
    /** Telecom: lines for every office by 1391/07/15. */
    final Resolution r1 = meeting14.addResolution(1, "…تا تاریخ ۹۱/۷/۱۵…", null, Deadline.on(JalaliDates.of(1391, 7, 15)));
    /** The ICT ministry's agencies: the offices' infrastructure without preconditions. */
    final Resolution r2 = meeting14.addResolution(2, "…بدون پیش شرط…", null, null);
    /** Telecom: the mobile module for new offices within two weeks (1391/07/10). */
    final Resolution r9 = meeting14.addResolution(9, "…ظرف مدت ۲ هفته…", null, Deadline.within("P2W"));
    /** Telecom: provide what the offices ask for and not judge whether they need it. */
    final Resolution r13 = meeting14.addResolution(13, "…در خصوص نیاز یا عدم نیاز دفاتر قضاوت ننماید.", null, null);

    final LineDeadlines deadlines;

    private int minutes;

    LineRequestFixtures() {
        r1.addKind(ResolutionKind.OBLIGATION);
        r1.addObligated(telecomParty);
        r2.addKind(ResolutionKind.OBLIGATION);
        r2.addObligated(ictAgencies);
        r9.addKind(ResolutionKind.OBLIGATION);
        r9.addObligated(telecomParty);
        r13.addKind(ResolutionKind.OBLIGATION);
        r13.addObligated(telecomParty);
        deadlines = new LineDeadlines(r1, r9);
    }

    /** The next minute of the morning: every step of a path is later than the one before, all before LATER. */
    Instant tick() {
        minutes++;
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    static Actor actorOf(Role role) {
        return switch (role) {
            case OFFICE_OPERATOR -> OPERATOR;
            case SECRETARIAT -> SECRETARY;
            case AGENCY_LIAISON -> LIAISON;
            case GUILD -> GUILD;
            case ADMIN -> ADMIN;
        };
    }

    /** Two fixed lines asked of the telecom company today. */
    LineRequest filed() {
        return LineRequest.file(office, telecom, LineKind.FIXED_LINE, 2, ADDRESS, NOTE, deadlines, EVERY_DAY, OPERATOR, tick(), "form-1");
    }

    LineRequest file(LineKind kind, Agency provider, Instant at) {
        return LineRequest.file(office, provider, kind, 1, ADDRESS, null, deadlines, EVERY_DAY, OPERATOR, at, "form-1");
    }

    /**
     * The ways into each state, through the public methods only. Every status is reached; some by several routes,
     * since what a request has been through (a dispute, an escalation) must not change what is allowed next.
     */
    enum Path {
        REQUESTED(LineRequestStatus.REQUESTED, "file"),
        SENT_BY_OFFICE(LineRequestStatus.SENT, "file → send"),
        SENT_BY_SECRETARIAT(LineRequestStatus.SENT, "file → forward"),
        SCHEDULED(LineRequestStatus.SCHEDULED, "file → send → schedule"),
        INSTALLED(LineRequestStatus.INSTALLED, "file → send → schedule → install"),
        INSTALLED_UNSCHEDULED(LineRequestStatus.INSTALLED, "file → send → install"),
        CONFIRMED(LineRequestStatus.CONFIRMED, "file → send → schedule → install → confirm"),
        DISPUTED(LineRequestStatus.DISPUTED, "file → send → schedule → install → dispute"),
        RESCHEDULED_AFTER_DISPUTE(LineRequestStatus.SCHEDULED, "file → send → schedule → install → dispute → schedule"),
        ESCALATED(LineRequestStatus.ESCALATED, "file → send → refuse as not needed"),
        ESCALATED_AFTER_DISPUTE(LineRequestStatus.ESCALATED,
                "file → send → schedule → install → dispute → refuse as not needed"),
        INSTALLED_AFTER_ESCALATION(LineRequestStatus.INSTALLED, "file → send → refuse as not needed → install"),
        REFUSED(LineRequestStatus.REFUSED, "file → send → schedule → refuse"),
        CANCELLED(LineRequestStatus.CANCELLED, "file → cancel");

        final LineRequestStatus status;
        final String route;

        Path(LineRequestStatus status, String route) {
            this.status = status;
            this.route = route;
        }

        @Override
        public String toString() {
            return name() + " (" + route + ")";
        }
    }

    LineRequest in(Path path) {
        LineRequest r = filed();
        switch (path) {
            case REQUESTED -> {
            }
            case SENT_BY_OFFICE -> r.send(OPERATOR, null, EVERY_DAY, tick());
            case SENT_BY_SECRETARIAT -> r.forward(SECRETARY, null, EVERY_DAY, tick());
            case SCHEDULED -> scheduled(r);
            case INSTALLED -> installed(r);
            case INSTALLED_UNSCHEDULED -> {
                r.send(OPERATOR, null, EVERY_DAY, tick());
                r.install(LIAISON, null, tick());
            }
            case CONFIRMED -> {
                installed(r);
                r.confirm(OPERATOR, null, tick());
            }
            case DISPUTED -> disputed(r);
            case RESCHEDULED_AFTER_DISPUTE -> {
                disputed(r);
                r.schedule(LIAISON, TODAY.plusDays(2), null, tick());
            }
            case ESCALATED -> {
                r.send(OPERATOR, null, EVERY_DAY, tick());
                r.refuse(LIAISON, RefusalReason.NOT_NEEDED, NOT_NEEDED, tick());
            }
            case ESCALATED_AFTER_DISPUTE -> {
                disputed(r);
                r.refuse(LIAISON, RefusalReason.NOT_NEEDED, NOT_NEEDED, tick());
            }
            case INSTALLED_AFTER_ESCALATION -> {
                r.send(OPERATOR, null, EVERY_DAY, tick());
                r.refuse(LIAISON, RefusalReason.NOT_NEEDED, NOT_NEEDED, tick());
                r.install(LIAISON, null, tick());
            }
            case REFUSED -> {
                scheduled(r);
                r.refuse(LIAISON, RefusalReason.NO_CAPACITY, REFUSAL, tick());
            }
            case CANCELLED -> r.cancel(OPERATOR, null, tick());
        }
        if (r.getStatus() != path.status) {
            throw new AssertionError(path + " led to " + r.getStatus());
        }
        return r;
    }

    private void scheduled(LineRequest r) {
        r.send(OPERATOR, null, EVERY_DAY, tick());
        r.schedule(LIAISON, TODAY.plusDays(1), null, tick());
    }

    private void installed(LineRequest r) {
        scheduled(r);
        r.install(LIAISON, null, tick());
    }

    private void disputed(LineRequest r) {
        installed(r);
        r.dispute(OPERATOR, DisputeReason.NOT_INSTALLED, DISPUTE_TEXT, tick());
    }

    /** Takes an action with the standard inputs below (FILE is no action on an existing request). */
    static void perform(LineRequestAction action, Actor actor, LineRequest r, Instant at) {
        switch (action) {
            case FILE -> throw new IllegalArgumentException("FILE creates a request; it is not taken on one");
            case SEND -> r.send(actor, SEND_NOTE, EVERY_DAY, at);
            case FORWARD -> r.forward(actor, FORWARD_NOTE, EVERY_DAY, at);
            case CANCEL -> r.cancel(actor, CANCEL_REASON, at);
            case SCHEDULE -> r.schedule(actor, INSTALL_ON, SCHEDULE_NOTE, at);
            case INSTALL -> r.install(actor, INSTALL_NOTE, at);
            case REFUSE -> r.refuse(actor, RefusalReason.NO_CAPACITY, REFUSAL, at);
            case CONFIRM -> r.confirm(actor, CONFIRM_NOTE, at);
            case DISPUTE -> r.dispute(actor, DisputeReason.NOT_WORKING, DISPUTE_TEXT, at);
            case GUILD_NOTE -> r.guildNote(actor, GUILD_NOTE, at);
            case SECRETARIAT_NOTE -> r.secretariatNote(actor, SECRETARIAT_NOTE, at);
            case ESCALATE -> r.escalate(actor, new RungRecord(Rung.LETTER, INSTALL_ON), at);
        }
    }

    /**
     * A wording of the resolution-13 complaint for tests: every fact on a line of its own, after a preamble as long as
     * the portal's fixed sentences, so that the longest request needs its note shortened as it does in the portal.
     */
    static final EscalationComplaint.Wording WORDING = f -> "م".repeat(600) + "\n" + String.join("\n", f.provider(),
            f.kind().name(), Integer.toString(f.quantity()), String.valueOf(f.trackingNumber()), f.refusedOn().toString(),
            f.office(), f.licence(), f.address(), String.valueOf(f.sentOn()), String.valueOf(f.officeNote()),
            f.refusalText(), f.meeting() + "/" + f.resolution13() + "," + f.resolution2());

    /** What a timeline entry records: the step's typed facts (none for most steps) and what was typed. */
    record Recorded(StepRecord facts, String text) {
    }

    static Recorded recorded(StepRecord facts, String text) {
        return new Recorded(facts, text);
    }

    /** What an entry records, read back through the domain's typed records. */
    static Recorded recorded(LineRequestEvent e) {
        StepRecord facts = ScheduleRecord.of(e).map(StepRecord.class::cast)
                .or(() -> DisputeRecord.of(e)).or(() -> RefusalRecord.of(e)).or(() -> RungRecord.of(e)).orElse(null);
        return new Recorded(facts, e.getText());
    }

    /** What the timeline entry of {@link #perform} records. */
    static Recorded expectedRecorded(LineRequestAction action) {
        return switch (action) {
            case FILE -> recorded(null, null);
            case SEND -> recorded(null, SEND_NOTE);
            case FORWARD -> recorded(null, FORWARD_NOTE);
            case CANCEL -> recorded(null, CANCEL_REASON);
            case SCHEDULE -> recorded(new ScheduleRecord(INSTALL_ON), SCHEDULE_NOTE);
            case INSTALL -> recorded(null, INSTALL_NOTE);
            case REFUSE -> recorded(new RefusalRecord(RefusalReason.NO_CAPACITY), REFUSAL);
            case CONFIRM -> recorded(null, CONFIRM_NOTE);
            case DISPUTE -> recorded(new DisputeRecord(DisputeReason.NOT_WORKING), DISPUTE_TEXT);
            case GUILD_NOTE -> recorded(null, GUILD_NOTE);
            case SECRETARIAT_NOTE -> recorded(null, SECRETARIAT_NOTE);
            case ESCALATE -> recorded(new RungRecord(Rung.LETTER, INSTALL_ON), null);
        };
    }

    /** Everything an action may change; a refused action must leave all of it as it was. */
    record Snapshot(LineRequestStatus status, LocalDate deadline, Instant sentAt, LocalDate scheduledFor,
                    Instant installedAt, Instant confirmedAt, DisputeReason disputeReason, RefusalReason refusalReason,
                    String refusalText, String refusedBy, Instant refusedAt, boolean complaintPending,
                    Complaint complaint, Instant updatedAt, List<LineRequestEvent> events) {

        static Snapshot of(LineRequest r) {
            return new Snapshot(r.getStatus(), r.getDeadline(), r.getSentAt(), r.getScheduledFor(), r.getInstalledAt(),
                    r.getConfirmedAt(), r.getDisputeReason(), r.getRefusalReason(), r.getRefusalText(),
                    r.getRefusedBy(), r.getRefusedAt(), r.isComplaintPending(), r.getComplaint(), r.getUpdatedAt(),
                    all(r));
        }
    }

    static List<LineRequestEvent> all(LineRequest r) {
        return r.timeline(EnumSet.allOf(Visibility.class));
    }

    static LineRequestEvent last(LineRequest r) {
        List<LineRequestEvent> events = all(r);
        return events.get(events.size() - 1);
    }

    /**
     * Ids are given by the database; an entity built in a test has none. The tests that compare by id (access,
     * tracking numbers) set them by reflection, through this one helper.
     */
    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

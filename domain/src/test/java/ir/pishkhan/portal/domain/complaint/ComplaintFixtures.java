package ir.pishkhan.portal.domain.complaint;

import static ir.pishkhan.portal.domain.calendar.Calendars.EVERY_DAY;

import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.escalation.RungRecord;
import ir.pishkhan.portal.domain.workflow.StepRecord;

import ir.pishkhan.portal.domain.workflow.Visibility;

import ir.pishkhan.portal.domain.workflow.Actor;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.meeting.Deadline;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.Office;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * What the complaint tests share: the 14th meeting's resolutions, an office, an agency, one actor per role, a clock,
 * real evidence files, and complaints brought into each state through the aggregate's own public methods.
 */
final class ComplaintFixtures {

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

    static final String DESCRIPTION = "پست بانک برای ادامهٔ همکاری ضمانت‌نامهٔ بانکی خواست و بیمهٔ معلم را نپذیرفت.";
    static final String OFFICIAL = "رئیس شعبهٔ مرکزی پست بانک";
    static final String QUESTION = "لطفاً تصویر نامهٔ پست بانک را بفرستید.";
    static final String INFO = "نامهٔ شمارهٔ ۱۲۳ پست بانک پیوست شد.";
    static final String FORWARD_NOTE = "مطابق مصوبهٔ ۱۱ جلسهٔ ۱۴ پاسخ دهید.";
    static final String ANSWER = "ضمانت‌نامه دیگر خواسته نمی‌شود و بیمهٔ معلم پذیرفته است.";
    static final String REFER_NOTE = "با وجود مصوبه، باز هم ضمانت‌نامه خواسته شد.";
    static final String OUTCOME = "پست بانک بیمهٔ معلم را پذیرفت و همکاری ادامه یافت.";
    static final String REASON = "شکایت خارج از موضوع مصوبات کارگروه است.";
    static final String WITHDRAW_REASON = "مشکل با پست بانک حل شد.";
    static final String REOPEN_REASON = "پست بانک دوباره ضمانت‌نامه خواست.";
    static final String REPLY = "شکایت شما در دست بررسی است.";
    static final String INTERNAL = "پیش از جلسهٔ بعد با مدیر استانی تماس گرفته شود.";
    static final String GUILD_NOTE = "انجمن صنفی موضوع را با پست بانک پیگیری کرد.";
    static final String DUPLICATE_NOTE = "همان شکایت پیشین دفتر است.";

    final Office office = new Office("14-71-1024", "دفتر پیشخوان حرا", "Hera", OfficeKind.URBAN,
            "مرکز استان", "Centre", null, LicenceStatus.ACTIVE);
    final Agency postBank = new Agency("post-bank", "پست بانک", "Post Bank", AgencyKind.BANK, null);

    /** The 14th meeting, 1391/06/27: its deadlines are long past. */
    final Meeting meeting14 = Meeting.withMinutes(14, LocalDate.of(2012, 9, 17), "10:00", "استانداری");
    /** Telecom: infrastructure by 1391/07/15. */
    final Resolution r1 = meeting14.addResolution(1, "…تا تاریخ ۹۱/۷/۱۵…", null,
            Deadline.on(JalaliDates.of(1391, 7, 15)));
    final Resolution r4 = meeting14.addResolution(4, "…در اختیار هیأت تخلفات قرار گیرد.", null, null);
    /** Delegate all services within one month of the meeting (1391/07/27). */
    final Resolution r5 = meeting14.addResolution(5, "…ظرف مدت یک ماه…", null, Deadline.within("P1M"));
    /** Mobile module within two weeks (1391/07/10). */
    final Resolution r9 = meeting14.addResolution(9, "…ظرف مدت ۲ هفته…", null, Deadline.within("P2W"));
    final Resolution r11 = meeting14.addResolution(11, "…غیر از بیمه معلم…", null, null);
    final Resolution r12 = meeting14.addResolution(12, "…مدیر آن به هیأت تخلفات معرفی می‌شود.", null, null);

    private int minutes;

    ComplaintFixtures() {
        r4.addKind(ResolutionKind.SANCTION);
        r11.addKind(ResolutionKind.PROHIBITION);
        r12.addKind(ResolutionKind.SANCTION);
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

    private Complaint original;

    /** An earlier complaint of the same office against the same agency, stored (it has an id): what a duplicate repeats. */
    Complaint original() {
        if (original == null) {
            original = Complaint.file(office, postBank, ComplaintKind.GUARANTEE_DEMANDED, TODAY.minusDays(4), OFFICIAL,
                    DESCRIPTION, List.of(), OPERATOR, NOW, "form-0");
            withId(original, 900L);
        }
        return original;
    }

    /** As if stored: the id the database would give. */
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

    Complaint filed() {
        return Complaint.file(office, postBank, ComplaintKind.GUARANTEE_DEMANDED, TODAY.minusDays(3), OFFICIAL,
                DESCRIPTION, List.of(), OPERATOR, tick(), "form-1");
    }

    /**
     * The ways into each state, through the public methods only. Every status is reached; INFO_REQUESTED and
     * REJECTED are reached both before and after triage, since where PROVIDE_INFO and REOPEN lead depends on it.
     */
    enum Path {
        SUBMITTED(ComplaintStatus.SUBMITTED, false, "file"),
        INFO_REQUESTED_UNTRIAGED(ComplaintStatus.INFO_REQUESTED, false, "file → requestInfo"),
        INFO_REQUESTED_TRIAGED(ComplaintStatus.INFO_REQUESTED, true, "file → triage → requestInfo"),
        TRIAGED(ComplaintStatus.TRIAGED, true, "file → triage"),
        FORWARDED(ComplaintStatus.FORWARDED, true, "file → triage → forward"),
        ANSWERED(ComplaintStatus.ANSWERED, true, "file → triage → forward → answer"),
        REFERRED(ComplaintStatus.REFERRED, true, "file → triage → forward → answer → refer"),
        RESOLVED(ComplaintStatus.RESOLVED, true, "file → triage → forward → answer → resolve"),
        REJECTED_UNTRIAGED(ComplaintStatus.REJECTED, false, "file → reject"),
        REJECTED_TRIAGED(ComplaintStatus.REJECTED, true, "file → triage → reject"),
        WITHDRAWN(ComplaintStatus.WITHDRAWN, true, "file → triage → forward → withdraw");

        final ComplaintStatus status;
        final boolean triaged;
        final String route;

        Path(ComplaintStatus status, boolean triaged, String route) {
            this.status = status;
            this.triaged = triaged;
            this.route = route;
        }

        @Override
        public String toString() {
            return name() + " (" + route + ")";
        }
    }

    Complaint in(Path path) {
        Complaint c = filed();
        switch (path) {
            case SUBMITTED -> {
            }
            case INFO_REQUESTED_UNTRIAGED -> c.requestInfo(SECRETARY, QUESTION, tick());
            case INFO_REQUESTED_TRIAGED -> {
                triage(c);
                c.requestInfo(SECRETARY, QUESTION, tick());
            }
            case TRIAGED -> triage(c);
            case FORWARDED -> {
                triage(c);
                c.forward(SECRETARY, FORWARD_NOTE, tick());
            }
            case ANSWERED -> answered(c);
            case REFERRED -> {
                answered(c);
                c.refer(SECRETARY, OFFICIAL, r12, REFER_NOTE, tick());
            }
            case RESOLVED -> {
                answered(c);
                c.resolve(SECRETARY, OUTCOME, tick());
            }
            case REJECTED_UNTRIAGED -> c.reject(SECRETARY, REASON, tick());
            case REJECTED_TRIAGED -> {
                triage(c);
                c.reject(SECRETARY, REASON, tick());
            }
            case WITHDRAWN -> {
                triage(c);
                c.forward(SECRETARY, FORWARD_NOTE, tick());
                c.withdraw(OPERATOR, WITHDRAW_REASON, tick());
            }
        }
        if (c.getStatus() != path.status) {
            throw new AssertionError(path + " led to " + c.getStatus());
        }
        return c;
    }

    void triage(Complaint c) {
        c.triage(SECRETARY, List.of(r11, r12), Priority.NORMAL, null, EVERY_DAY, tick());
    }

    private void answered(Complaint c) {
        triage(c);
        c.forward(SECRETARY, FORWARD_NOTE, tick());
        c.answer(LIAISON, ANSWER, List.of(EvidenceFile.of("letter.pdf", pdf())), tick());
    }

    /** Takes an action with the standard inputs below (FILE is no action on an existing complaint). */
    void perform(ComplaintAction action, Actor actor, Complaint c, Instant at) {
        switch (action) {
            case FILE -> throw new IllegalArgumentException("FILE creates a complaint; it is not taken on one");
            case TRIAGE -> c.triage(actor, List.of(r11, r12), Priority.HIGH, null, EVERY_DAY, at);
            case REQUEST_INFO -> c.requestInfo(actor, QUESTION, at);
            case PROVIDE_INFO -> c.provideInfo(actor, INFO, List.of(EvidenceFile.of("letter.pdf", pdf())), at);
            case FORWARD -> c.forward(actor, FORWARD_NOTE, at);
            case ANSWER -> c.answer(actor, ANSWER, List.of(EvidenceFile.of("reply.png", png())), at);
            case REFER -> c.refer(actor, OFFICIAL, r12, REFER_NOTE, at);
            case RESOLVE -> c.resolve(actor, OUTCOME, at);
            case REJECT -> c.reject(actor, REASON, at);
            case MARK_DUPLICATE -> c.markDuplicate(actor, original(), DUPLICATE_NOTE, at);
            case WITHDRAW -> c.withdraw(actor, WITHDRAW_REASON, at);
            case REOPEN -> c.reopen(actor, REOPEN_REASON, at);
            case REPLY -> c.reply(actor, REPLY, at);
            case INTERNAL_NOTE -> c.internalNote(actor, INTERNAL, at);
            case GUILD_NOTE -> c.guildNote(actor, GUILD_NOTE, at);
            case ESCALATE -> c.escalate(actor, new RungRecord(Rung.REMINDER, TODAY), at);
        }
    }

    /** What a timeline entry records: the step's typed facts (none for most steps) and what was typed. */
    record Recorded(StepRecord facts, String text) {
    }

    /** What an entry records, read back through the domain's typed records. */
    static Recorded recorded(ComplaintEvent e) {
        StepRecord facts = TriageRecord.of(e).map(StepRecord.class::cast).or(() -> ReferralRecord.of(e))
                .or(() -> DuplicateRecord.of(e)).or(() -> RungRecord.of(e)).orElse(null);
        return new Recorded(facts, e.getText());
    }

    /** What the timeline entry of {@link #perform} records, taken on {@link #TODAY}. */
    static Recorded expectedRecorded(ComplaintAction action) {
        return switch (action) {
            case TRIAGE -> new Recorded(new TriageRecord(List.of("14/11", "14/12"), Priority.HIGH, TODAY.plusDays(7)), null);
            case REFER -> new Recorded(new ReferralRecord(OFFICIAL, "14/12"), REFER_NOTE);
            case MARK_DUPLICATE -> new Recorded(new DuplicateRecord(900, "1405-900"), DUPLICATE_NOTE);
            case ESCALATE -> new Recorded(new RungRecord(Rung.REMINDER, TODAY), null);
            default -> new Recorded(null, expectedText(action));
        };
    }

    /** The text the timeline entry of {@link #perform} carries, taken on {@link #TODAY}. */
    static String expectedText(ComplaintAction action) {
        return switch (action) {
            case FILE -> null;
            case TRIAGE -> null;
            case REQUEST_INFO -> QUESTION;
            case PROVIDE_INFO -> INFO;
            case FORWARD -> FORWARD_NOTE;
            case ANSWER -> ANSWER;
            case REFER -> REFER_NOTE;
            case RESOLVE -> OUTCOME;
            case REJECT -> REASON;
            case MARK_DUPLICATE -> DUPLICATE_NOTE;
            case WITHDRAW -> WITHDRAW_REASON;
            case REOPEN -> REOPEN_REASON;
            case REPLY -> REPLY;
            case INTERNAL_NOTE -> INTERNAL;
            case GUILD_NOTE -> GUILD_NOTE;
            case ESCALATE -> null;
        };
    }

    /** Everything an action may change; a refused action must leave all of it as it was. */
    record Snapshot(ComplaintStatus status, Priority priority, LocalDate deadline, List<Resolution> resolutions,
                    String outcome, Instant forwardedAt, String referredOfficial, Resolution referredResolution,
                    Complaint duplicateOf, Instant updatedAt, List<ComplaintEvent> events, List<Attachment> attachments) {

        static Snapshot of(Complaint c) {
            return new Snapshot(c.getStatus(), c.getPriority(), c.getDeadline(), List.copyOf(c.getResolutions()),
                    c.getOutcome(), c.getForwardedAt(), c.getReferredOfficial(), c.getReferredResolution(),
                    c.getDuplicateOf(), c.getUpdatedAt(), all(c), c.attachments(EnumSet.allOf(Visibility.class)));
        }
    }

    static List<ComplaintEvent> all(Complaint c) {
        return c.timeline(EnumSet.allOf(Visibility.class));
    }

    static ComplaintEvent last(Complaint c) {
        List<ComplaintEvent> events = all(c);
        return events.get(events.size() - 1);
    }

    // --- evidence ---

    /** A minimal but well-formed PDF: an empty document. */
    static byte[] pdf() {
        return ("%PDF-1.4\n"
                + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A real 1×1 JPEG, written by the JDK's encoder (starts FF D8 FF). */
    static byte[] jpeg() {
        return image("jpg", BufferedImage.TYPE_INT_RGB);
    }

    /** A real 1×1 PNG, written by the JDK's encoder (starts 89 50 4E 47 0D 0A 1A 0A). */
    static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    private static byte[] image(String format, int type) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(new BufferedImage(1, 1, type), format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.office.LicenceChange;
import ir.pishkhan.portal.domain.office.LicenceEntry;

import ir.pishkhan.portal.domain.dispute.Dispute;
import ir.pishkhan.portal.domain.dispute.DisputeEntry;
import ir.pishkhan.portal.domain.dispute.StatementRecord;
import ir.pishkhan.portal.domain.obligation.ObligationAction;
import ir.pishkhan.portal.domain.obligation.ObligationEntry;
import ir.pishkhan.portal.domain.obligation.OpenedRecord;
import ir.pishkhan.portal.domain.obligation.ReportRecord;
import ir.pishkhan.portal.domain.obligation.ViolationRecord;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.meeting.MeetingEntry;
import ir.pishkhan.portal.domain.meeting.MeetingStep;
import ir.pishkhan.portal.domain.meeting.Standing;

import ir.pishkhan.portal.domain.complaint.ComplaintEvent;
import ir.pishkhan.portal.domain.complaint.DuplicateRecord;
import ir.pishkhan.portal.domain.complaint.EscalationRecord;
import ir.pishkhan.portal.domain.complaint.ReferralRecord;
import ir.pishkhan.portal.domain.complaint.TriageRecord;
import ir.pishkhan.portal.domain.escalation.RungRecord;
import ir.pishkhan.portal.domain.linerequest.DisputeRecord;
import ir.pishkhan.portal.domain.linerequest.LineKind;
import ir.pishkhan.portal.domain.linerequest.LineRequestEvent;
import ir.pishkhan.portal.domain.linerequest.RefusalRecord;
import ir.pishkhan.portal.domain.linerequest.ScheduleRecord;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.workflow.TimelineEntry;
import ir.pishkhan.portal.web.application.EscalationLetters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Dates and numbers as the user reads them, for the facelets: {@code #{fmt.date(d)}}, {@code #{fmt.num(n)}}. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    /** Words of a resolution's text shown as its title in lists (the triage form). */
    static final int TITLE_WORDS = 9;

    public String date(LocalDate date) {
        return JalaliDates.format(date, Messages.locale());
    }

    public String instant(Instant instant) {
        return JalaliDates.format(instant, Messages.locale());
    }

    public String num(Object number) {
        return number == null ? "" : PersianText.digits(String.valueOf(number), Messages.locale());
    }

    /**
     * Why a deadline is not the day its period or resolution gave: "(1404/05/01 was a day off; moved to the next
     * working day)"; empty when it did not move.
     */
    public String deadlineMoved(LocalDate fellOn) {
        return fellOn == null ? "" : Messages.text("deadline.moved", date(fellOn));
    }

    /** A file size in the user's language and digits: "12 KB", "1.2 MB"; «۱۲ کیلوبایت», «۱٫۲ مگابایت». */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Messages.text("layout.size.kb", num((bytes + 1023) / 1024));
        }
        String mb = String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        // the Persian decimal separator (U+066B), not a full stop among Persian digits
        return Messages.text("layout.size.mb", num(JalaliDates.isPersian(Messages.locale()) ? mb.replace('.', '\u066B') : mb));
    }

    /** A count with the user's digits and thousands separators: 12345 → "۱۲٬۳۴۵" (ICU's Persian), "12,345". */
    public String count(Number n) {
        return n == null ? "" : count(n, Messages.locale());
    }

    /**
     * A whole number with the locale's digits and grouping, as ICU's integer instance writes it; one immutable
     * formatter per locale, kept (a long table formats hundreds of counts, and a new instance each time was a tenth of
     * the coverage page's CPU).
     */
    static String count(Number n, java.util.Locale locale) {
        return COUNTS.computeIfAbsent(locale, l -> NumberFormatter.withLocale(l).precision(Precision.integer()))
                .format(n).toString();
    }

    private static final java.util.Map<java.util.Locale, LocalizedNumberFormatter> COUNTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** An amount in rials with the user's digits and thousands separators: «۲۰٬۰۰۰ ریال», "20,000 rials". */
    public String rials(Number amount) {
        return Messages.text("tariff.rials", count(amount));
    }

    /**
     * A licence change as the user reads it: the day it took effect, the resolutions behind it, the order; then what
     * was typed.
     */
    public String licenceEntryText(LicenceEntry entry) {
        String head = LicenceChange.of(entry).map(c -> {
            List<String> parts = new ArrayList<>();
            if (c.effective() != null) {
                parts.add(Messages.text("licence.timeline.effective", date(c.effective())));
            }
            if (c.resolutions() != null) {
                parts.add(Messages.text("licence.timeline.resolutions", Arrays.stream(c.resolutions().split(" "))
                        .map(this::resolution).collect(Collectors.joining(Messages.text("list.separator")))));
            }
            if (c.order() != null) {
                parts.add(Messages.text("licence.timeline.order", c.order()));
            }
            return parts.isEmpty() ? null : String.join(Messages.text("list.separator"), parts);
        }).orElse(null);
        return withText(head, entry.getText());
    }

    // ICU builds a number format from its locale's data each time (the scorecard writes 60 medians); a format is
    // not thread-safe, so each thread keeps its own per locale
    private static final ThreadLocal<java.util.Map<java.util.Locale, NumberFormat>> DECIMALS =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** A figure with at most one decimal, as the user writes it: 3.5 → "۳٫۵"; null → "—". */
    public String decimal(Double n) {
        if (n == null) {
            return "—";
        }
        return DECIMALS.get().computeIfAbsent(Messages.locale(), l -> {
            NumberFormat f = NumberFormat.getInstance(ULocale.forLocale(l));
            f.setMaximumFractionDigits(1);
            return f;
        }).format(n);
    }

    /** A share as a whole percentage in the user's digits: 0.823 → "۸۲٪". */
    public String percent(double share) {
        return Messages.text("percent", Math.round(share * 100));
    }

    /** "P1M" → "within 1 month of the meeting" (bundle keys period.Y, period.M, period.W, period.D). */
    public String period(String iso) {
        if (iso == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("P(\\d+)([YMWD])").matcher(iso);
        if (m.matches()) {
            return Messages.text("period." + m.group(2), Integer.parseInt(m.group(1)));
        }
        return Messages.text("period.D", java.time.Period.parse(iso).getDays());
    }

    /** An enum's label from the bundles: key {@code enum.<SimpleName>.<NAME>}. */
    public String label(Enum<?> value) {
        return value == null ? "" : Messages.text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * A complaint's timeline entry as the user reads it: the step's facts, as the domain's typed record holds them (a
     * triage's resolutions, priority and deadline; a referral's official and resolution), in words of the user's
     * language with Jalali dates; then what was typed. Null when there is neither.
     */
    public String eventText(ComplaintEvent event) {
        if (event == null) {
            return null;
        }
        String head = TriageRecord.of(event).map(t -> Messages.text("timeline.triage",
                        t.resolutions().stream().map(this::resolution).collect(Collectors.joining(Messages.text("list.separator"))),
                        label(t.priority()), date(t.deadline())))
                .or(() -> ReferralRecord.of(event).map(r -> Messages.text("timeline.referral", r.official(),
                        r.resolution())))
                .or(() -> DuplicateRecord.of(event).map(r -> Messages.text("timeline.duplicate", num(r.originalTrackingNumber()))))
                .or(() -> EscalationRecord.of(event).map(r -> Messages.text("timeline.escalation",
                        event.getComplaint().getAgency().name(Messages.locale()), r.refusedBy(),
                        label(LineKind.valueOf(r.lineKind())), r.lineRequest(), num(r.resolution().split("/")[1]),
                        num(r.resolution().split("/")[0]))))
                .orElse(null);
        return withText(head, event.getText());
    }

    /**
     * A line request's timeline entry as the user reads it: the facts of its typed record (the date a schedule sets,
     * a refusal's or dispute's reason) in words of the user's language; then what was typed.
     */
    public String lineEventText(LineRequestEvent event) {
        if (event == null) {
            return null;
        }
        String head = ScheduleRecord.of(event).map(r -> Messages.text("lineRequest.scheduledFor") + ": " + date(r.date()))
                .or(() -> DisputeRecord.of(event).map(r -> label(r.reason())))
                .or(() -> RefusalRecord.of(event).map(r -> label(r.reason())))
                .orElse(null);
        return withText(head, event.getText());
    }

    /**
     * An obligation's timeline entry as the user reads it: the resolution and deadline it was opened under, a report's
     * lateness, the deadline a violation missed, a referral's official and resolution; then what was typed.
     */
    public String obligationEntryText(ObligationEntry entry) {
        if (entry == null) {
            return null;
        }
        String head = OpenedRecord.of(entry).map(r -> r.deadline() == null
                        ? Messages.text("obligation.timeline.opened", resolution(r.resolution()))
                        : Messages.text("obligation.timeline.openedBy", resolution(r.resolution()), date(r.deadline())))
                .or(() -> ReportRecord.of(entry).filter(ReportRecord::late).map(r -> Messages.text("obligation.timeline.late")))
                .or(() -> ViolationRecord.of(entry).map(r -> Messages.text("obligation.timeline.violated", date(r.missedDeadline()))))
                .or(() -> ReferralRecord.of(entry, ObligationAction.REFER).map(r -> Messages.text("timeline.referral",
                        r.official(), r.resolution())))
                .orElse(null);
        return withText(head, entry.getText());
    }

    /**
     * A dispute's timeline entry as the user reads it: the resolution and the clause it was opened under, the side a
     * statement speaks for (the office or the agency, by name); then what was typed.
     */
    public String disputeEntryText(DisputeEntry entry) {
        if (entry == null) {
            return null;
        }
        String head = ir.pishkhan.portal.domain.dispute.OpenedRecord.of(entry).map(r -> r.cited() == null
                        ? Messages.text("dispute.timeline.opened", resolution(r.resolution()))
                        : Messages.text("dispute.timeline.openedOn", resolution(r.resolution()), num(r.cited())))
                .or(() -> StatementRecord.of(entry).map(r -> Messages.text("dispute.timeline.statement",
                        party(entry.getDispute(), r.party()))))
                .orElse(null);
        return withText(head, entry.getText());
    }

    /** The name of a dispute's side, by its licence number (an office) or code (the agency), in the reader's language. */
    private static String party(Dispute dispute, String party) {
        if (dispute.getAgency().getCode().equals(party)) {
            return dispute.getAgency().name(Messages.locale());
        }
        return dispute.getOffices().stream().filter(o -> o.getLicenceNumber().equals(party)).findFirst()
                .map(o -> o.name(Messages.locale())).orElse(party);
    }

    private static String withText(String head, String text) {
        if (head == null) {
            return text;
        }
        return text == null ? head : head + "\n" + text;
    }

    /** "14/11" → "مصوبه ۱۱" for a resolution of the 14th meeting; of another meeting, its number as written. */
    /** Words of a resolution's text a list shows beside its number: Persian from its text, English from its summary. */
    public String resolutionTitle(Resolution r) {
        return Resolution.shortTitle(english() ? r.getSummaryEn() : r.getTextFa(), TITLE_WORDS);
    }

    /** A resolution's whole text in the reader's language: the minutes' Persian, or the English summary. */
    public String resolutionText(Resolution r) {
        return english() ? r.getSummaryEn() : r.getTextFa();
    }

    private static boolean english() {
        return "en".equals(Messages.locale().getLanguage());
    }

    private String resolution(String meetingAndNumber) {
        String[] parts = meetingAndNumber.split("/");
        return parts.length == 2 && parts[0].equals(String.valueOf(Meeting.FOURTEENTH))
                ? Messages.text("resolution.numbered") + " " + num(parts[1]) : num(meetingAndNumber);
    }

    /** The text of a timeline entry of any workflow: the one method the shared timeline component shows. */
    public String entryText(TimelineEntry<?, ?> entry) {
        Optional<RungRecord> rung = RungRecord.of(entry);
        if (rung.isPresent()) {
            // a rung of the escalation ladder reads the same on every workflow's timeline
            RungRecord r = rung.get();
            return r.letterNumber() == null ? Messages.text("timeline.rung." + r.rung().name(), date(r.deadline()))
                    : Messages.text("timeline.rung.letterIssued", num(r.letterNumber()), date(r.deadline()));
        }
        if (entry instanceof ComplaintEvent e) {
            return eventText(e);
        }
        if (entry instanceof LineRequestEvent e) {
            return lineEventText(e);
        }
        if (entry instanceof ObligationEntry e) {
            return obligationEntryText(e);
        }
        if (entry instanceof DisputeEntry e) {
            return disputeEntryText(e);
        }
        if (entry instanceof MeetingEntry e) {
            return meetingEntryText(e);
        }
        if (entry instanceof LicenceEntry e) {
            return licenceEntryText(e);
        }
        throw new IllegalArgumentException("not a timeline entry: " + entry);
    }

    /**
     * Where the letter a timeline entry's rung issued is downloaded from (under the context path); null for any other
     * entry.
     */
    public String letterPath(TimelineEntry<?, ?> entry) {
        String workflow = entry instanceof ComplaintEvent ? "complaint" : entry instanceof LineRequestEvent ? "lineRequest"
                : entry instanceof ObligationEntry ? "obligation" : null;
        return workflow == null || entry.getRecordId() == null ? null : RungRecord.of(entry)
                .filter(r -> r.letterNumber() != null).map(r -> EscalationLetters.path(workflow, entry.getRecordId()))
                .orElse(null);
    }

    /**
     * A meeting's timeline entry as the user reads it: what the step was about (a resolution and the version a
     * correction made, an agenda item, the minutes' file), then what was typed (a correction's reason, a decision).
     */
    public String meetingEntryText(MeetingEntry entry) {
        String head = MeetingStep.of(entry).map(s -> {
            if (s.resolution() != null && s.version() != null) {
                return Messages.text("meeting.step.corrected", num(s.resolution()), num(s.version()));
            }
            if (s.resolution() != null) {
                return Messages.text("meeting.step.resolution", num(s.resolution()));
            }
            if (s.agendaItem() != null) {
                return Messages.text("meeting.step.agendaItem", num(s.agendaItem()));
            }
            return Messages.text("meeting.step.minutes", s.fileName());
        }).orElse(null);
        return withText(head, entry.getText());
    }

    /** A resolution by its meeting and number, "14/1", in the user's digits. */
    public String resolutionRef(int meeting, int number) {
        return num(meeting + "/" + number);
    }

    /** "15/1" in the user's digits, as a resolution of another meeting is named. */
    public String reference(Standing.Act act) {
        return num(act.reference());
    }

    /**
     * Where a resolution stands, in a sentence: "in force", "amended by resolution 15/1", "repealed by resolution
     * 15/3", "expired on …". Empty for none (a draft's).
     */
    public String standing(Standing standing) {
        if (standing == null) {
            return "";
        }
        String by = standing.by().stream().map(this::reference).collect(Collectors.joining(Messages.text("list.separator")));
        return switch (standing.state()) {
            case IN_FORCE -> Messages.text("resolution.standing.IN_FORCE");
            case EXPIRED -> Messages.text("resolution.standing.EXPIRED", date(standing.dueDate().orElse(null)));
            default -> Messages.text("resolution.standing." + standing.state().name(), by);
        };
    }
}

package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.meeting.Meeting;

import ir.pishkhan.portal.domain.complaint.ComplaintEvent;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.TriageRecord;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Dates and numbers as the user reads them, for the facelets: {@code #{fmt.date(d)}}, {@code #{fmt.num(n)}}. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public String date(LocalDate date) {
        return JalaliDates.format(date, Messages.locale());
    }

    public String instant(Instant instant) {
        return JalaliDates.format(instant, Messages.locale());
    }

    public String num(Object number) {
        return number == null ? "" : PersianText.digits(String.valueOf(number), Messages.locale());
    }

    /** A file size: "12 KB", "1.2 MB", with the user's digits. */
    public String size(long bytes) {
        String text = bytes < 1024 * 1024 ? ((bytes + 1023) / 1024) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        return num(text);
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
     * A timeline entry's text as the user reads it. A triage's record is kept as data (resolutions, priority, ISO
     * deadline); it is shown in words, in the user's language, with a Jalali date. Other entries: what was written.
     */
    public String eventText(ComplaintEvent event) {
        if (event == null || event.getText() == null) {
            return null;
        }
        java.util.Optional<TriageRecord> triage = TriageRecord.of(event);
        if (triage.isEmpty()) {
            return event.getText();
        }
        List<String> resolutions = new ArrayList<>();
        for (String r : triage.get().resolutions()) {
            String[] meetingAndNumber = r.split("/");
            resolutions.add(meetingAndNumber.length == 2 && meetingAndNumber[0].equals(String.valueOf(Meeting.FOURTEENTH))
                    ? Messages.text("resolution.numbered") + " " + num(meetingAndNumber[1]) : num(r));
        }
        return Messages.text("timeline.triage", String.join(Messages.text("list.separator"), resolutions),
                label(triage.get().priority()), date(triage.get().deadline()));
    }

    /**
     * A line request's timeline text as the user reads it: the data the domain records first ("scheduledFor=" an ISO
     * date, "reason=" a refusal's or dispute's reason) in words, in the user's language; then what was written.
     */
    public String lineEventText(ir.pishkhan.portal.domain.linerequest.LineRequestEvent event) {
        if (event == null || event.getText() == null) {
            return null;
        }
        String text = event.getText();
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        String rest = nl < 0 ? "" : text.substring(nl + 1);
        String head = null;
        try {
            if (first.startsWith("scheduledFor=")) {
                head = Messages.text("lineRequest.scheduledFor") + ": "
                        + date(LocalDate.parse(first.substring("scheduledFor=".length())));
            } else if (first.startsWith("reason=")) {
                String name = first.substring("reason=".length());
                Enum<?> reason = event.getAction() == ir.pishkhan.portal.domain.linerequest.LineRequestAction.DISPUTE
                        ? ir.pishkhan.portal.domain.linerequest.DisputeReason.valueOf(name)
                        : ir.pishkhan.portal.domain.linerequest.RefusalReason.valueOf(name);
                head = label(reason);
            }
        } catch (RuntimeException e) {
            head = null;
        }
        if (head == null) {
            return text;
        }
        return rest.isEmpty() ? head : head + "\n" + rest;
    }

    /** The text of a timeline entry of any workflow: the one method the shared timeline component shows. */
    public String entryText(Object entry) {
        if (entry instanceof ComplaintEvent e) {
            return eventText(e);
        }
        if (entry instanceof ir.pishkhan.portal.domain.linerequest.LineRequestEvent e) {
            return lineEventText(e);
        }
        throw new IllegalArgumentException("not a timeline entry: " + entry);
    }
}

package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.faces.Messages;

import java.util.Locale;
import java.util.Map;

/**
 * A notification in words of a language, the same on the list page and in a mail: what was done (the action's label),
 * to which record (the workflow and its tracking number), and the state it moved from and to. Only the step's facts:
 * nothing anybody typed, so that no mail carries the text of a note.
 */
public final class NotificationWording {

    /** The enum names of each workflow's actions and states, for their labels ({@code enum.<Name>.<VALUE>}). */
    private static final Map<String, String[]> ENUMS = Map.of(
            "complaint", new String[] {"ComplaintAction", "ComplaintStatus"},
            "lineRequest", new String[] {"LineRequestAction", "LineRequestStatus"},
            "obligation", new String[] {"ObligationAction", "ObligationStatus"},
            "dispute", new String[] {"DisputeAction", "DisputeStatus"});

    /** The page each workflow's record is read on, before its id. */
    private static final Map<String, String> PAGES = Map.of(
            "complaint", "/complaints/view.xhtml?id=",
            "lineRequest", "/lines/view.xhtml?id=",
            "obligation", "/obligations/view.xhtml?id=",
            "dispute", "/disputes/view.xhtml?id=");

    private NotificationWording() {
    }

    /** "ارجاع به دستگاه — شکایت C۱۴۰۵-۱۲" */
    public static String what(Notification n, Locale locale) {
        // the number isolated left to right (LRI … PDI): "1405-12" inside a Persian sentence would be reordered to "12-1405"
        return Messages.text(locale, "notification.what", label(n, 0, n.getAction(), locale),
                Messages.text(locale, "notification.workflow." + n.getWorkflow()), "\u2066" + tracking(n, locale) + "\u2069");
    }

    /** "from “triaged” to “forwarded”", or empty for a step that changed no state. */
    public static String moved(Notification n, Locale locale) {
        if (!n.isStateChange()) {
            return "";
        }
        return n.getFromStatus() == null
                ? Messages.text(locale, "notification.movedTo", label(n, 1, n.getToStatus(), locale))
                : Messages.text(locale, "notification.moved", label(n, 1, n.getFromStatus(), locale),
                label(n, 1, n.getToStatus(), locale));
    }

    public static String tracking(Notification n, Locale locale) {
        return PersianText.digits(n.getTrackingNumber(), locale);
    }

    /** The page the record is read on, from the portal's root. */
    public static String path(Notification n) {
        return PAGES.getOrDefault(n.getWorkflow(), PAGES.get("complaint")) + n.getRecordId();
    }

    private static String label(Notification n, int which, String value, Locale locale) {
        if (which == 0 && Rung.named(value).isPresent()) {
            // a rung of the escalation ladder stands where an action would (no action shares a rung's name: LadderTest)
            return Messages.text(locale, "enum.Rung." + value);
        }
        String[] names = ENUMS.get(n.getWorkflow());
        return names == null ? value : Messages.text(locale, "enum." + names[which] + "." + value);
    }
}

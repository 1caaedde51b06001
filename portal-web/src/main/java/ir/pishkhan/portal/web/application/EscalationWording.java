package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.linerequest.EscalationComplaint;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.faces.Messages;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The words of the complaint the portal opens on an office's behalf under resolution 13, from the message bundles
 * ({@code escalation.*}): in Persian, the working group's language, whoever reads the page later — it is the
 * complaint's text, stored as the office would have typed it, and found by the secretariat's search.
 */
public final class EscalationWording implements EscalationComplaint.Wording {

    private static final Locale FA = Locale.forLanguageTag("fa");

    @Override
    public String describe(EscalationComplaint.Facts f) {
        StringBuilder d = new StringBuilder();
        line(d, "escalation.refused", f.provider(), f.kind(), f.quantity(), f.trackingNumber(), date(f.refusedOn()));
        line(d, "escalation.office", f.office(), PersianText.toPersianDigits(f.licence()));
        line(d, "escalation.address", f.address());
        if (f.sentOn() != null) {
            line(d, "escalation.sentOn", date(f.sentOn()));
        }
        if (f.officeNote() != null) {
            line(d, "escalation.note", f.officeNote());
        }
        line(d, "escalation.refusal", f.refusalText());
        d.append(Messages.text(FA, "escalation.rule", f.resolution13(), f.meeting(), f.resolution2()));
        return d.toString();
    }

    private static void line(StringBuilder out, String key, Object... args) {
        out.append(Messages.text(FA, key, args)).append('\n');
    }

    private static String date(LocalDate day) {
        return PersianText.toPersianDigits(JalaliDates.toJalali(day));
    }
}

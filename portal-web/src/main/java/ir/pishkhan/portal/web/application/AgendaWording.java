package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.meeting.AgendaProposals.Proposal;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.web.faces.Messages;

import java.util.Locale;

/** A proposal's title in the reader's language, from the bundle's {@code agenda.proposal.*}: {0} the record, {1} the agency, {2} the count. */
public final class AgendaWording {

    private AgendaWording() {
    }

    public static String title(Proposal p, Locale locale) {
        String reference = p.reference() == null ? "" : PersianText.digits(p.reference(), locale);
        String agency = p.agency() == null ? "" : p.agency().name(locale);
        return Messages.text(locale, p.titleKey(), reference, agency, p.count());
    }
}

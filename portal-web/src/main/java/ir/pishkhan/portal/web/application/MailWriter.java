package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;

/**
 * Writes a notification out as a mail in the recipient's language: a subject, a plain-text part, and an HTML part
 * laid out right to left for Persian; the tracking number and a link to the record, and what happened — never what
 * anybody typed.
 */
@ApplicationScoped
public class MailWriter {

    @Inject
    private MailSettings settings;

    public OutboxMail mail(UserAccount to, Notification n, Instant now) {
        Locale locale = Locale.forLanguageTag(to.getLanguage());
        String what = NotificationWording.what(n, locale);
        String moved = NotificationWording.moved(n, locale);
        String link = settings.baseUrl() + NotificationWording.path(n);
        String preferences = settings.baseUrl() + "/preferences/mail.xhtml";
        String greeting = Messages.text(locale, "mail.greeting", to.getDisplayName());
        String open = Messages.text(locale, "mail.open");
        String why = Messages.text(locale, "mail.why");
        String change = Messages.text(locale, "mail.preferences");
        String subject = Messages.text(locale, "mail.subject", what);
        // the letter rung's mail carries the letter itself, as a link (the reader signs in, as for the record)
        String letter = Rung.named(n.getAction()).filter(r -> r == Rung.LETTER)
                .map(r -> settings.baseUrl() + EscalationLetters.path(n.getWorkflow(), n.getRecordId())).orElse(null);
        String letterLabel = Messages.text(locale, "mail.letter");

        StringBuilder text = new StringBuilder(greeting).append("\n\n").append(what).append('\n');
        if (!moved.isEmpty()) {
            text.append(moved).append('\n');
        }
        text.append('\n').append(open).append(": ").append(link).append('\n');
        if (letter != null) {
            text.append(letterLabel).append(": ").append(letter).append('\n');
        }
        text.append("\n-- \n").append(why).append('\n')
                .append(change).append(": ").append(preferences).append('\n');

        boolean rtl = "fa".equals(locale.getLanguage());
        String dir = rtl ? "rtl" : "ltr";
        String align = rtl ? "right" : "left";
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                .append("\" dir=\"").append(dir).append("\"><head><meta charset=\"UTF-8\"><title>")
                .append(escape(subject)).append("</title></head><body dir=\"").append(dir)
                .append("\" style=\"direction:").append(dir).append(";text-align:").append(align)
                .append(";font-family:Vazirmatn,Tahoma,sans-serif\"><p>").append(escape(greeting)).append("</p><p><strong>")
                .append(escape(what)).append("</strong></p>");
        if (!moved.isEmpty()) {
            html.append("<p>").append(escape(moved)).append("</p>");
        }
        html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(open)).append(" <bdi dir=\"ltr\">")
                .append(escape(NotificationWording.tracking(n, locale))).append("</bdi></a></p>");
        if (letter != null) {
            html.append("<p><a href=\"").append(escape(letter)).append("\">").append(escape(letterLabel)).append("</a></p>");
        }
        html.append("<hr><p style=\"color:#666\">")
                .append(escape(why)).append(" <a href=\"").append(escape(preferences)).append("\">").append(escape(change))
                .append("</a></p></body></html>");
        return new OutboxMail(to.getUsername(), to.getEmail(), locale.getLanguage(), n.getTrackingNumber(), subject,
                text.toString(), html.toString(), now);
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.escalation.Rung;
import ir.pishkhan.portal.domain.notification.Digest;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Locale;

/**
 * Writes notifications out as mails in the recipient's language: a subject, a plain-text part, and an HTML part
 * laid out right to left for Persian; for each notification the tracking number and a link to the record, and what
 * happened — never what anybody typed. One notification makes a mail of its own; a daily digest lists several, each
 * written as the single mail writes it.
 */
@ApplicationScoped
public class MailWriter {

    @Inject
    private MailSettings settings;

    /** The mail of one notification. */
    public OutboxMail mail(UserAccount to, Notification n, Instant now) {
        Locale locale = Locale.forLanguageTag(to.getLanguage());
        String subject = Messages.text(locale, "mail.subject", NotificationWording.what(n, locale));
        Body body = new Body(to, locale, subject);
        body.item(n, true);
        return new OutboxMail(to.getUsername(), to.getEmail(), locale.getLanguage(), n.getTrackingNumber(), subject,
                body.text(), body.html(), now);
    }

    /** One digest's mail: the notifications it lists, newest first, and how many more are on the notifications page. */
    public OutboxMail digest(UserAccount to, Digest digest, Instant now) {
        Locale locale = Locale.forLanguageTag(to.getLanguage());
        String subject = Messages.text(locale, "mail.digest.subject", digest.covered().size());
        Body body = new Body(to, locale, subject);
        body.paragraph(Messages.text(locale, "mail.digest.intro", digest.covered().size()));
        for (Notification n : digest.listed()) {
            body.item(n, false);
        }
        if (digest.notListed() > 0) {
            body.link(Messages.text(locale, "mail.digest.more", digest.notListed()),
                    settings.baseUrl() + "/notifications/list.xhtml");
        }
        return OutboxMail.digest(to.getUsername(), to.getEmail(), locale.getLanguage(), subject, body.text(),
                body.html(), now);
    }

    /** A mail's two parts written side by side: the greeting first, the notifications, the footer last. */
    private final class Body {

        private final Locale locale;
        private final StringBuilder text;
        private final StringBuilder html;

        Body(UserAccount to, Locale locale, String subject) {
            this.locale = locale;
            String greeting = Messages.text(locale, "mail.greeting", to.getDisplayName());
            boolean rtl = "fa".equals(locale.getLanguage());
            String dir = rtl ? "rtl" : "ltr";
            String align = rtl ? "right" : "left";
            text = new StringBuilder(greeting).append('\n');
            html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(locale.getLanguage())
                    .append("\" dir=\"").append(dir).append("\"><head><meta charset=\"UTF-8\"><title>")
                    .append(escape(subject)).append("</title></head><body dir=\"").append(dir)
                    .append("\" style=\"direction:").append(dir).append(";text-align:").append(align)
                    .append(";font-family:Vazirmatn,Tahoma,sans-serif\"><p>").append(escape(greeting)).append("</p>");
        }

        void paragraph(String line) {
            text.append('\n').append(line).append('\n');
            html.append("<p>").append(escape(line)).append("</p>");
        }

        void link(String label, String href) {
            text.append('\n').append(label).append(": ").append(href).append('\n');
            html.append("<p><a href=\"").append(escape(href)).append("\">").append(escape(label)).append("</a></p>");
        }

        /** A notification: what happened, the move, the link with the tracking number, the letter of a letter rung. */
        void item(Notification n, boolean alone) {
            String what = NotificationWording.what(n, locale);
            String moved = NotificationWording.moved(n, locale);
            String link = settings.baseUrl() + NotificationWording.path(n);
            String open = Messages.text(locale, "mail.open");
            // the letter rung's mail carries the letter itself, as a link (the reader signs in, as for the record)
            String letter = Rung.named(n.getAction()).filter(r -> r == Rung.LETTER)
                    .map(r -> settings.baseUrl() + EscalationLetters.path(n.getWorkflow(), n.getRecordId())).orElse(null);
            String letterLabel = Messages.text(locale, "mail.letter");

            text.append('\n').append(what).append('\n');
            if (!moved.isEmpty()) {
                text.append(moved).append('\n');
            }
            if (alone) {
                text.append('\n');
            }
            text.append(open).append(": ").append(link).append('\n');
            if (letter != null) {
                text.append(letterLabel).append(": ").append(letter).append('\n');
            }

            html.append(alone ? "<div>" : "<div style=\"border-top:1px solid #ddd;margin-top:0.5em\">")
                    .append("<p><strong>").append(escape(what)).append("</strong></p>");
            if (!moved.isEmpty()) {
                html.append("<p>").append(escape(moved)).append("</p>");
            }
            html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(open)).append(" <bdi dir=\"ltr\">")
                    .append(escape(NotificationWording.tracking(n, locale))).append("</bdi></a></p>");
            if (letter != null) {
                html.append("<p><a href=\"").append(escape(letter)).append("\">").append(escape(letterLabel)).append("</a></p>");
            }
            html.append("</div>");
        }

        String text() {
            String preferences = settings.baseUrl() + "/preferences/mail.xhtml";
            return new StringBuilder(text).append("\n-- \n").append(Messages.text(locale, "mail.why")).append('\n')
                    .append(Messages.text(locale, "mail.preferences")).append(": ").append(preferences).append('\n')
                    .toString();
        }

        String html() {
            String preferences = settings.baseUrl() + "/preferences/mail.xhtml";
            return new StringBuilder(html).append("<hr><p style=\"color:#666\">")
                    .append(escape(Messages.text(locale, "mail.why"))).append(" <a href=\"").append(escape(preferences))
                    .append("\">").append(escape(Messages.text(locale, "mail.preferences")))
                    .append("</a></p></body></html>").toString();
        }
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

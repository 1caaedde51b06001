package ir.pishkhan.portal.web.container;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import ir.pishkhan.portal.domain.complaint.Complaint;
import ir.pishkhan.portal.domain.complaint.ComplaintKind;
import ir.pishkhan.portal.domain.complaint.Priority;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.notification.MailSchedule;
import ir.pishkhan.portal.domain.notification.MailState;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.notification.NotificationKind;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import ir.pishkhan.portal.domain.shared.BusinessException;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.shared.PersianText;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.application.ComplaintService.FilingForm;
import ir.pishkhan.portal.web.application.DigestPass;
import ir.pishkhan.portal.web.application.NotificationService;
import ir.pishkhan.portal.web.application.NotificationService.Preferences;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications and mail as deployed, with a real SMTP server (GreenMail, started here on the port the portal was
 * configured with): who is told of a step and mailed in which language, an internal note mails nobody, and mails
 * written while the server is down wait in the outbox and go out once each when it is back; a user who chose the daily
 * digest gets no single mail, then one digest a day.
 */
@Tag("container")
@ExtendWith(ArquillianExtension.class)
class NotificationContainerIT {

    private static final String LIAISON = "liaison@postbank.test";
    private static final String HERA = "hera@office.test";
    private static final String DABIR = "dabir@secretariat.test";
    private static final String FORWARD_NOTE = "یادداشت ارجاع که نباید در رایانامه بیاید";
    private static final String INTERNAL = "یادداشت داخلی محرمانهٔ دبیرخانه";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    private ComplaintService complaints;

    @Inject
    private NotificationService notifications;

    @Inject
    private ReferenceService reference;

    @Inject
    private DigestPass digests;

    @Inject
    private AsUser.AsSecretariat secretariat;

    @Inject
    private AsUser.AsHera hera;

    @Inject
    private AsUser.AsPostBank postBank;

    @Inject
    private AsUser.AsAdmin admin;

    private static GreenMail smtp() {
        GreenMail server = new GreenMail(new ServerSetup(Integer.getInteger("portal.mail.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static void await(String what, BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited 30 s for: " + what);
    }

    private static List<MimeMessage> to(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                Address[] rcpt = m.getAllRecipients();
                return rcpt != null && Arrays.stream(rcpt).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String part(MimeMessage m, String type) throws Exception {
        MimeMultipart alternative = (MimeMultipart) m.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart p = alternative.getBodyPart(i);
            if (p.isMimeType(type)) {
                return (String) p.getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    private List<OutboxMail> outbox() throws Exception {
        return admin.call(() -> notifications.outbox(null, Keyset.Request.first(ListOrder.FILED_NEWEST, 200))).items();
    }

    private static <T> void quietly(Callable<T> call) throws Exception {
        call.call();
    }

    private static Preferences mail(String address, String language) {
        return new Preferences(address, true, EnumSet.allOf(NotificationKind.class), language, MailSchedule.EACH);
    }

    private long postBankId() {
        return reference.agencyChoices().stream().filter(a -> a.getCode().equals("post-bank")).findFirst()
                .orElseThrow().getId();
    }

    private Complaint file(long agency, String text) throws Exception {
        return hera.call(() -> complaints.file(new FilingForm(agency, ComplaintKind.GUARANTEE_DEMANDED,
                JalaliDates.today().minusDays(2), null, text, List.of(), UUID.randomUUID().toString())));
    }

    @Test
    void a_digest_user_gets_no_single_mail_then_one_digest_a_day_newest_first_once() throws Exception {
        // the secretariat takes a digest (the other test sets it back to single mails, whichever runs first)
        quietly(() -> secretariat.call(() -> {
            notifications.savePreferences(new Preferences(DABIR, true, EnumSet.allOf(NotificationKind.class), "fa",
                    MailSchedule.DAILY_DIGEST));
            return null;
        }));
        assertEquals(MailSchedule.DAILY_DIGEST, secretariat.call(() -> notifications.preferences()).schedule(), "kept");
        long agency = postBankId();
        GreenMail server = smtp();
        try {
            String typed = "متن شکایت که نباید در خلاصه بیاید";
            Complaint first = file(agency, typed);
            Complaint second = file(agency, typed);
            Locale fa = Locale.forLanguageTag("fa");
            String firstFa = PersianText.digits(first.getTrackingNumber(), fa);
            String secondFa = PersianText.digits(second.getTrackingNumber(), fa);
            List<String> tracking = List.of(first.getTrackingNumber(), second.getTrackingNumber());

            // the worker runs every second in the tests: a single mail would be out by now
            Thread.sleep(3000);
            assertTrue(to(server, DABIR).isEmpty(), "a digest user gets no single mail");
            assertTrue(outbox().stream().noneMatch(m -> m.getAddress().equals(DABIR) && tracking.contains(m.getTrackingNumber())),
                    "nor one waiting in the outbox");

            // the morning's pass, run now (its mail is due when written): one mail, with both, the newest first, in
            // Persian, right to left
            Instant morning = Instant.now();
            assertEquals(1, digests.pass(morning), "one digest: the only digest user's");
            await("the secretariat's digest", () -> !to(server, DABIR).isEmpty());
            List<MimeMessage> got = to(server, DABIR);
            assertEquals(1, got.size());
            MimeMessage digest = got.get(0);
            assertTrue(subject(digest).contains("خلاصهٔ روزانه"), subject(digest));
            String text = part(digest, "text/plain");
            String html = part(digest, "text/html");
            assertTrue(text.contains(firstFa) && text.contains(secondFa), text);
            assertTrue(text.indexOf(secondFa) < text.indexOf(firstFa), "the newest first: " + text);
            assertTrue(text.contains("https://pishkhan.test/complaints/view.xhtml?id=" + first.getId())
                    && text.contains("https://pishkhan.test/complaints/view.xhtml?id=" + second.getId()), text);
            assertTrue(html.contains("dir=\"rtl\"") && html.contains("lang=\"fa\"") && html.contains(secondFa), html);
            assertFalse(text.contains(typed) || html.contains(typed), "no typed text in a digest");
            OutboxMail row = outbox().stream().filter(m -> m.getAddress().equals(DABIR) && m.isDigest()).findFirst().orElseThrow();
            assertEquals("fa", row.getLanguage());

            // run again (or on another instance): nothing is left to send
            assertEquals(0, digests.pass(morning.plus(Duration.ofDays(1))), "every notification went into one digest");
            Thread.sleep(3000);
            assertEquals(1, to(server, DABIR).size(), "the digest is sent once");
        } finally {
            server.stop();
            quietly(() -> secretariat.call(() -> { notifications.savePreferences(mail(DABIR, "fa")); return null; }));
        }
    }

    @Test
    void steps_are_told_and_mailed_through_the_outbox_once_each_in_the_recipients_language() throws Exception {
        quietly(() -> postBank.call(() -> { notifications.savePreferences(mail(LIAISON, "fa")); return null; }));
        quietly(() -> hera.call(() -> { notifications.savePreferences(mail(HERA, "en")); return null; }));
        quietly(() -> secretariat.call(() -> { notifications.savePreferences(mail(DABIR, "fa")); return null; }));
        long postBankId = reference.agencyChoices().stream().filter(a -> a.getCode().equals("post-bank")).findFirst()
                .orElseThrow().getId();

        GreenMail server = smtp();
        try {
            Complaint filed = hera.call(() -> complaints.file(new FilingForm(postBankId, ComplaintKind.GUARANTEE_DEMANDED,
                    JalaliDates.today().minusDays(2), null, "پست بانک از دفتر ضمانت‌نامهٔ بانکی خواست.", List.of(),
                    UUID.randomUUID().toString())));
            long id = filed.getId();
            String tracking = filed.getTrackingNumber();
            String trackingFa = PersianText.digits(tracking, Locale.forLanguageTag("fa"));
            await("the secretariat's mail of the filing", () -> to(server, DABIR).stream().anyMatch(m -> subject(m).contains(trackingFa)));

            List<Long> proposed = secretariat.call(() -> complaints.suggestedResolutions(ComplaintKind.GUARANTEE_DEMANDED))
                    .stream().map(Resolution::getId).toList();
            long v1 = secretariat.call(() -> complaints.view(id)).complaint().getVersion();
            secretariat.call(() -> complaints.triage(id, v1, proposed, Priority.NORMAL, null));
            assertTrue(to(server, LIAISON).stream().noneMatch(m -> subject(m).contains(trackingFa)),
                    "the agency hears nothing before the forward");
            long v2 = secretariat.call(() -> complaints.view(id)).complaint().getVersion();
            secretariat.call(() -> complaints.forward(id, v2, FORWARD_NOTE));

            // a forwarded complaint mails the liaison, in Persian, right to left, with a plain-text part and a link
            await("the liaison's mail of the forward", () -> to(server, LIAISON).stream().anyMatch(m -> subject(m).contains(trackingFa)));
            MimeMessage forwarded = to(server, LIAISON).stream().filter(m -> subject(m).contains(trackingFa)).findFirst().orElseThrow();
            assertTrue(subject(forwarded).contains("ارجاع به دستگاه"), subject(forwarded));
            String text = part(forwarded, "text/plain");
            String html = part(forwarded, "text/html");
            assertTrue(text.contains(trackingFa) && text.contains("https://pishkhan.test/complaints/view.xhtml?id=" + id), text);
            assertTrue(html.contains("dir=\"rtl\"") && html.contains("lang=\"fa\""), html);
            assertFalse(text.contains(FORWARD_NOTE) || html.contains(FORWARD_NOTE), "no typed text in a mail");

            // the liaison's notification: theirs to open, nobody else's
            List<Notification> liaisonSees = postBank.call(() -> notifications.page(Keyset.Request.first(ListOrder.FILED_NEWEST, 20))).items();
            Notification told = liaisonSees.stream().filter(n -> n.getRecordId() == id).findFirst().orElseThrow();
            assertEquals("FORWARD", told.getAction());
            assertInstanceOf(BusinessException.NotFound.class, thrown(() -> hera.call(() -> notifications.open(told.getId()))));
            long unread = postBank.call(() -> notifications.unread());
            assertTrue(postBank.call(() -> notifications.open(told.getId())).isRead());
            assertEquals(unread - 1, postBank.call(() -> notifications.unread()));

            // an internal note: no notification, no mail, for anybody
            int outboxBefore = outbox().size();
            long v3 = secretariat.call(() -> complaints.view(id)).complaint().getVersion();
            secretariat.call(() -> complaints.internalNote(id, v3, INTERNAL));
            Thread.sleep(2500);
            assertEquals(outboxBefore, outbox().size(), "an internal note writes no mail");
            assertTrue(hera.call(() -> notifications.page(Keyset.Request.first(ListOrder.FILED_NEWEST, 50))).items()
                    .stream().noneMatch(n -> n.getRecordId() == id && n.getAction().equals("INTERNAL_NOTE")));

            // the SMTP server goes down: the reply's mail waits in the outbox, retried
            server.stop();
            long v4 = secretariat.call(() -> complaints.view(id)).complaint().getVersion();
            secretariat.call(() -> complaints.reply(id, v4, "شکایت شما در دست بررسی است."));
            await("a failed attempt on the reply's mail", () -> replyMail(tracking).map(m -> m.getAttempts() >= 1).orElse(false));
            OutboxMail waiting = replyMail(tracking).orElseThrow();
            assertEquals(MailState.PENDING, waiting.getState());
            assertTrue(waiting.getLastError() != null && !waiting.getLastError().isBlank());
        } finally {
            server.stop();
        }

        // the server is back: the waiting mail goes out, once, in Hera's language (English)
        GreenMail back = smtp();
        try {
            await("the reply's mail after the server came back", () -> !to(back, HERA).isEmpty());
            Thread.sleep(3000);
            List<MimeMessage> toHera = to(back, HERA);
            assertEquals(1, toHera.size(), "delivered exactly once");
            String subject = subject(toHera.get(0));
            assertTrue(subject.contains("Reply to the office") || subject.toLowerCase(Locale.ROOT).contains("reply"), subject);
            assertTrue(part(toHera.get(0), "text/html").contains("dir=\"ltr\""));
            assertEquals(0, back.getReceivedMessages().length - toHera.size(), "nothing sent before is sent again");
            await("every mail of the outbox sent", () -> {
                try {
                    return outbox().stream().filter(m -> m.getAddress().endsWith(".test")).allMatch(m -> m.getState() == MailState.SENT);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            back.stop();
        }
    }

    private Optional<OutboxMail> replyMail(String tracking) {
        try {
            return outbox().stream().filter(m -> m.getAddress().equals(HERA) && tracking.equals(m.getTrackingNumber()))
                    .findFirst();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Throwable thrown(Callable<?> call) {
        try {
            call.call();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was thrown");
    }
}

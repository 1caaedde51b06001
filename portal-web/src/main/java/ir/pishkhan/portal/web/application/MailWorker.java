package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.notification.Outbox;
import ir.pishkhan.portal.domain.notification.OutboxMail;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox: every {@code portal.mail.interval-seconds}, the pending mails that are due, each claimed first
 * (so that of several instances only one sends it), then sent with Jakarta Mail and marked sent, or failed and tried
 * again after the retries' wait. A non-persistent timer: each instance runs its own, and the claims keep them apart.
 * With no SMTP host configured it sends nothing: the mails wait.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    private static final int BATCH = 50;

    @Resource
    private TimerService timers;

    @Inject
    private MailSettings settings;

    @Inject
    private MailDelivery delivery;

    /** A pass still running (a slow server) is not overlapped by the next: that one is skipped. */
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * Jakarta Mail 2.1 finds its StreamProvider with a ServiceLoader scan of the class path each time a message or a
     * header is encoded (jakartaee/mail-api#699, #861): half of the worker's time over a backlog went there
     * (docs/benchmark-chase.md). Named by its system property, it is one class lookup. Set only when nobody chose
     * otherwise and the runtime has Angus Mail (Payara's).
     */
    static void nameTheStreamProvider() {
        String property = "jakarta.mail.util.StreamProvider";
        String angus = "org.eclipse.angus.mail.util.MailStreamProvider";
        if (System.getProperty(property) != null) {
            return;
        }
        try {
            Class.forName(angus, false, Thread.currentThread().getContextClassLoader());
            System.setProperty(property, angus);
        } catch (ClassNotFoundException e) {
            LOG.fine(() -> angus + " is not here: Jakarta Mail looks its stream provider up itself");
        }
    }

    @PostConstruct
    void start() {
        nameTheStreamProvider();
        long every = settings.interval().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig(null, false));
        if (!settings.isConfigured()) {
            LOG.info("portal.mail.host is not set: mails wait in the outbox");
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            pass();
        } catch (RuntimeException e) {
            // the next pass tries again; a timer that threw could be cancelled by the container
            LOG.log(Level.WARNING, "mail pass failed", e);
        } finally {
            running.set(false);
        }
    }

    /**
     * One pass: batch after batch while mails are due, so that a backlog (a server that was down for a day, a
     * digest morning) drains at the server's pace rather than one batch per interval; the mails go over one
     * connection to the server, opened again after a mail it refused. How many mails this instance sent.
     */
    public int pass() {
        if (!settings.isConfigured()) {
            return 0;
        }
        delivery.releaseAbandoned();
        Session session = session();
        int sent = 0;
        try (Smtp smtp = new Smtp(session)) {
            while (true) {
                List<Outbox.Due> due = delivery.due(BATCH);
                for (Outbox.Due each : due) {
                    Optional<OutboxMail> claimed = delivery.claim(each);
                    if (claimed.isEmpty()) {
                        continue;
                    }
                    OutboxMail mail = claimed.get();
                    try {
                        smtp.send(message(session, mail));
                        delivery.sent(mail.getId());
                        sent++;
                    } catch (MessagingException | RuntimeException e) {
                        // the connection may be broken or in an unknown state after a refusal: the next mail opens another
                        smtp.close();
                        delivery.failed(mail.getId(), e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
                // a short batch was the last one due; a failed mail waits for its retry, so a full batch of
                // failures does not come round again in this pass
                if (due.size() < BATCH) {
                    return sent;
                }
            }
        }
    }

    /** One connection to the SMTP server, opened when the first mail needs it. */
    private static final class Smtp implements AutoCloseable {
        private final Session session;
        private Transport transport;

        Smtp(Session session) {
            this.session = session;
        }

        void send(MimeMessage message) throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport();
                transport.connect();
            }
            // Transport.send does this itself; sendMessage does not
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.log(Level.FINE, "closing the SMTP connection", e);
                }
                transport = null;
            }
        }
    }

    private Session session() {
        Optional<String> user = settings.user();
        Authenticator auth = user.isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), settings.password().orElse(""));
            }
        };
        return Session.getInstance(settings.sessionProperties(), auth);
    }

    private MimeMessage message(Session session, OutboxMail mail) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(settings.from()));
        m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.getAddress(), true));
        m.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        m.setSentDate(new Date());
        m.setHeader("Content-Language", mail.getLanguage());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(mail.getHtmlBody(), "text/html; charset=UTF-8");
        // plain text first: a client shows the last part it can read
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        m.setContent(alternative);
        return m;
    }
}

package ir.pishkhan.portal.web.view.notifications;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import ir.pishkhan.portal.domain.notification.Notification;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.web.application.NotificationService;
import ir.pishkhan.portal.web.application.NotificationWording;
import ir.pishkhan.portal.web.faces.KeysetModel;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * notifications/list.xhtml: the signed-in user's notifications, newest first, paged by key in the database; opening
 * one marks it read and leads to its record; all can be marked read at once.
 */
@Named
@ViewScoped
public class NotificationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @SuppressFBWarnings(value = "SE_BAD_FIELD", justification = "NotificationService is a @Stateless EJB: the field holds its serializable proxy, a passivation-capable dependency (CDI)")
    private NotificationService service;

    private KeysetModel<Notification> model;

    @PostConstruct
    void init() {
        model = new KeysetModel<>(new Rows(), Notification::getId, NotificationService.COUNT_CAP,
                (Supplier<ListOrder> & Serializable) () -> ListOrder.FILED_NEWEST);
    }

    private class Rows implements KeysetModel.Source<Notification> {

        private static final long serialVersionUID = 1L;

        @Override
        public Keyset.Page<Notification> fetch(Keyset.Request request) {
            return service.page(request);
        }

        @Override
        public long count() {
            return service.count();
        }
    }

    public KeysetModel<Notification> getModel() {
        return model;
    }

    public String what(Notification n) {
        return NotificationWording.what(n, Messages.locale());
    }

    public String moved(Notification n) {
        return NotificationWording.moved(n, Messages.locale());
    }

    /** Marks it read and goes to its record (another user's: 404, by the service). */
    public String open(long id) {
        Notification n = service.open(id);
        return NotificationWording.path(n) + "&faces-redirect=true";
    }

    public void markAllRead() {
        int marked = service.markAllRead();
        model.reset();
        Messages.info("notifications.markedAllRead", marked);
    }
}

package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.web.application.CurrentUser;
import ir.pishkhan.portal.web.application.NotificationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The bell in the layout's header: the signed-in user's unread count, one query per request however often read. */
@Named
@RequestScoped
public class Bell {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private NotificationService notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = currentUser.isSignedIn() ? notifications.unread() : 0L;
        }
        return unread;
    }
}

package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.domain.meeting.Meeting;
import ir.pishkhan.portal.domain.meeting.Party;
import ir.pishkhan.portal.domain.meeting.Resolution;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.web.application.CurrentUser;
import ir.pishkhan.portal.web.application.ReferenceService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/**
 * The role home pages (office/, secretariat/, guild/, agency/, admin/home.xhtml): who the user is, and the
 * latest meeting's resolutions that concern the user's role.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ReferenceService reference;

    private List<Resolution> latest;

    public UserAccount getAccount() {
        return currentUser.account().orElse(null);
    }

    public Optional<Meeting> latestMeeting() {
        return reference.meetings().stream().filter(Meeting::isMinutesKnown).findFirst();
    }

    public Meeting getLatestMeeting() {
        return latestMeeting().orElse(null);
    }

    private List<Resolution> latestResolutions() {
        if (latest == null) {
            latest = latestMeeting().map(m -> reference.resolutionsOf(m.getNumber())).orElse(List.of());
        }
        return latest;
    }

    /** Resolutions with a deadline: what the secretariat tracks compliance against. */
    public List<Resolution> getWithDeadlines() {
        return latestResolutions().stream().filter(r -> r.dueDate().isPresent()).toList();
    }

    /** Resolutions that oblige the liaison's agency, by name or as one of a class. */
    public List<Resolution> getBindingOnMyAgency() {
        UserAccount account = getAccount();
        if (account == null || account.getAgency() == null) {
            return List.of();
        }
        return latestResolutions().stream().filter(account.getAgency()::isBoundBy).toList();
    }

    /** Resolutions that give the guild association a task. */
    public List<Resolution> getGuildTasks() {
        return latestResolutions().stream()
                .filter(r -> r.getObligated().stream().map(Party::getCode).anyMatch("guild"::equals)).toList();
    }

    /** Resolutions that oblige or forbid agencies in the offices' favour: what an office may hold them to. */
    public List<Resolution> getProtectingOffices() {
        return latestResolutions().stream()
                .filter(r -> r.getObligated().stream().noneMatch(p -> "offices".equals(p.getCode()) || "working-group".equals(p.getCode())))
                .toList();
    }
}

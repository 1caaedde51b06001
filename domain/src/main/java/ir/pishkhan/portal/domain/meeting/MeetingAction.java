package ir.pishkhan.portal.domain.meeting;

import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.WorkflowAction;

import java.util.EnumSet;
import java.util.Set;

import static ir.pishkhan.portal.domain.meeting.MeetingStatus.DRAFT;
import static ir.pishkhan.portal.domain.meeting.MeetingStatus.PUBLISHED;

/**
 * A meeting's transition table: only the secretariat writes the register. A draft is edited freely (its facts, its
 * resolutions, its agenda); once published, its resolutions change only by a correction, a new version with its
 * reason, and its minutes may still be attached.
 */
public enum MeetingAction implements WorkflowAction<MeetingStatus> {
    CREATE(EnumSet.noneOf(MeetingStatus.class)),
    EDIT(EnumSet.of(DRAFT)),
    ADD_RESOLUTION(EnumSet.of(DRAFT)),
    CHANGE_RESOLUTION(EnumSet.of(DRAFT)),
    REMOVE_RESOLUTION(EnumSet.of(DRAFT)),
    ADD_AGENDA_ITEM(EnumSet.of(DRAFT)),
    DECIDE_AGENDA_ITEM(EnumSet.of(DRAFT)),
    REMOVE_AGENDA_ITEM(EnumSet.of(DRAFT)),
    ATTACH_MINUTES(EnumSet.of(DRAFT, PUBLISHED)),
    PUBLISH(EnumSet.of(DRAFT)),
    CORRECT_RESOLUTION(EnumSet.of(PUBLISHED));

    private final Set<MeetingStatus> from;

    MeetingAction(Set<MeetingStatus> from) {
        this.from = from;
    }

    @Override
    public Role role() {
        return Role.SECRETARIAT;
    }

    @Override
    public Set<MeetingStatus> from() {
        return from;
    }
}

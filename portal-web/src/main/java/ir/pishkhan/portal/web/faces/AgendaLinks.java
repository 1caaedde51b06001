package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.meeting.AgendaItem;
import ir.pishkhan.portal.web.application.MeetingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "On the agenda of meeting 15" on the page of a record a meeting took up (an obligation, a complaint, a line
 * request): the meetings' items of that record, read once per request.
 */
@Named
@RequestScoped
public class AgendaLinks {

    @Inject
    private MeetingService meetings;

    private final Map<String, List<AgendaItem>> read = new HashMap<>();

    public List<AgendaItem> of(String sourceKind, Long recordId) {
        if (recordId == null) {
            return List.of();
        }
        return read.computeIfAbsent(sourceKind + ":" + recordId, k -> meetings.onAgenda(sourceKind, recordId));
    }
}

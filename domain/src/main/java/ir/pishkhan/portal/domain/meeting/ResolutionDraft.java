package ir.pishkhan.portal.domain.meeting;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A resolution as the secretariat writes it into a draft meeting, before the meeting's rules accept it. */
public record ResolutionDraft(int number, String textFa, String summaryEn, Set<ResolutionKind> kinds,
                              Set<Party> obligated, Deadline deadline, List<Citation> citations) {

    public ResolutionDraft {
        kinds = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(ResolutionKind.class) : EnumSet.copyOf(kinds);
        obligated = obligated == null ? Set.of() : new LinkedHashSet<>(obligated);
        deadline = deadline == null ? Deadline.none() : deadline;
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}

package ir.pishkhan.portal.domain.dispute;

import ir.pishkhan.portal.domain.workflow.StepRecord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a side's statement records beside its text: the party it speaks for (an office's licence number, or the
 * agency's code) and how many files came with it.
 */
public record StatementRecord(String party, int files) implements StepRecord {

    @Override
    public Map<String, String> fields() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("party", party);
        f.put("files", String.valueOf(files));
        return f;
    }

    /** The record of a statement entry (of an office or of the agency); none for any other entry. */
    public static Optional<StatementRecord> of(DisputeEntry entry) {
        if (entry == null) {
            return Optional.empty();
        }
        Map<String, String> f = entry.getAction() == DisputeAction.OFFICE_STATEMENT
                ? entry.facts(DisputeAction.OFFICE_STATEMENT) : entry.facts(DisputeAction.AGENCY_STATEMENT);
        if (!f.containsKey("party")) {
            return Optional.empty();
        }
        return Optional.of(new StatementRecord(f.get("party"), Integer.parseInt(f.getOrDefault("files", "0"))));
    }
}

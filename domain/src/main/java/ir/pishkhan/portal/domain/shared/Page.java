package ir.pishkhan.portal.domain.shared;

import java.io.Serializable;
import java.util.List;

/** One page of a list read from the database, with the total count of the filtered list. */
public record Page<T>(List<T> items, long total) implements Serializable {
    public Page {
        items = List.copyOf(items);
    }
}

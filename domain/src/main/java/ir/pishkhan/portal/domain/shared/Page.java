package ir.pishkhan.portal.domain.shared;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a list read from the database, with the total count of the filtered list. */
public record Page<T>(List<T> items, long total) implements Serializable {
    public Page {
        items = List.copyOf(items);
    }

    /** The same page with each row made into another (a list's row as its screen shows it); the count kept. */
    public <U> Page<U> map(Function<? super T, ? extends U> row) {
        return new Page<>(items.stream().<U>map(row).toList(), total);
    }
}

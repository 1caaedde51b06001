package ir.pishkhan.portal.domain.shared;

import java.io.Serializable;

/** Which rows of a list: offset, size (bounded), and the sort field and direction. */
public record PageRequest(int offset, int size, String sortField, boolean ascending) implements Serializable {

    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, true);
    }
}

package ir.pishkhan.portal.web.faces;

import jakarta.faces.context.FacesContext;

import java.util.function.Supplier;

/**
 * What a view-scoped bean reads for a page but should not keep between requests: held in the request's Faces context,
 * read again by the next request that asks. A view-scoped bean lives in the session for as long as its view is kept;
 * records kept there keep, through their lazy relations, EclipseLink's unit of work that read them and all it read
 * (a meeting's page kept some 160 KB so: docs/benchmark-sessions.md). The bean keeps what it needs to read them again
 * (an id, a number); this holds the rest for one request.
 */
public final class PerRequest {

    private PerRequest() {
    }

    /** The value under the owner's key in this request: read by {@code read} the first time it is asked for. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object owner, String key, Supplier<T> read) {
        return (T) FacesContext.getCurrentInstance().getAttributes()
                .computeIfAbsent(new Key(owner.getClass().getName(), key), k -> read.get());
    }

    /** A bean's value: its class (a view has one bean of each) and the value's name. */
    private record Key(String owner, String key) {
    }
}

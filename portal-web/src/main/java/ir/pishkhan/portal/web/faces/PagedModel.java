package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A PrimeFaces lazy model over a repository's paged query: the database returns one page and its count, and
 * nothing loads a whole table. The page that the count was taken with is kept, so the first page costs one
 * round of queries and not two.
 */
public class PagedModel<T> extends KeyedModel<T> {

    private static final long serialVersionUID = 1L;

    /** The query; a serializable lambda, as the model lives in the view state. */
    @FunctionalInterface
    public interface Query<T> extends Serializable {
        Page<T> fetch(PageRequest request);
    }


    private final Query<T> query;
    private final int defaultPageSize;
    private transient Page<T> cached;
    private transient PageRequest cachedRequest;
    /** The order the table was last shown in (a column the user sorted by), for the list's export. */
    private String sortField;
    private boolean sortAscending = true;

    public PagedModel(Query<T> query, Key<T> key, int defaultPageSize) {
        super(key);
        this.query = query;
        this.defaultPageSize = defaultPageSize;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        PageRequest request = new PageRequest(0, Math.max(1, getPageSize() > 0 ? getPageSize() : defaultPageSize), null, true);
        cachedRequest = request;
        cached = query.fetch(request);
        return (int) Math.min(Integer.MAX_VALUE, cached.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String field = null;
        boolean ascending = true;
        if (sortBy != null && !sortBy.isEmpty()) {
            SortMeta sort = sortBy.values().iterator().next();
            field = sort.getField();
            ascending = sort.getOrder() != SortOrder.DESCENDING;
        }
        sortField = field;
        sortAscending = ascending;
        PageRequest request = new PageRequest(first, Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE), field, ascending);
        Page<T> page = request.equals(cachedRequest) && cached != null ? cached : query.fetch(request);
        cached = null;
        cachedRequest = null;
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    /** The column the table is sorted by, or null: its query's own order. */
    public String getSortField() {
        return sortField;
    }

    public boolean isSortAscending() {
        return sortAscending;
    }
}

package ir.pishkhan.portal.web.faces;

import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.util.List;

/** A lazy model whose rows are known by a key of their own (their id), for selection and row events. */
public abstract class KeyedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The row key of an item (its id). */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T item);
    }

    private final Key<T> key;

    protected KeyedModel(Key<T> key) {
        this.key = key;
    }

    @Override
    public String getRowKey(T item) {
        return String.valueOf(key.of(item));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> String.valueOf(key.of(r)).equals(rowKey)).findFirst().orElse(null);
    }
}

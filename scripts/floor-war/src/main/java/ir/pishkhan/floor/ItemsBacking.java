package ir.pishkhan.floor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The signed-in page's table: the rows read a page at a time. */
@Named
@ViewScoped
public class ItemsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private Items items;

    private final LazyDataModel<Item> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) items.count();
        }

        @Override
        public List<Item> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return items.page(first, pageSize);
        }
    };

    public LazyDataModel<Item> getModel() {
        return model;
    }
}

package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.agency.Agency;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.user.Role;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.workflow.WorkListFilter;
import ir.pishkhan.portal.domain.workflow.Workflow;
import ir.pishkhan.portal.web.application.CurrentUser;
import ir.pishkhan.portal.web.application.WorkflowService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The list page of a workflow's records (complaints, line requests, …) as the user's role sees them, filtered and
 * paged by key: the filters every workflow has (status, agency, overdue, a search text, the order) and the model.
 * A workflow's backing adds its own filters and builds its filter from them, and its row: the model holds rows of
 * plain values made from each page's records as it is read ({@link WorkRow}), so that the view keeps no entities.
 *
 * @param <T> the record
 * @param <S> the record's states
 * @param <F> the filter of the workflow's lists
 * @param <R> the rows its list shows
 */
public abstract class WorkflowListBacking<T extends Workflow<S, ?, ?>, S extends Enum<S>, F extends WorkListFilter<F>,
        R extends WorkRow> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Formats fmt;

    private final String titlePrefix;
    private final RowOf<T, R> rowOf;
    private Role role;
    private List<S> statuses = new ArrayList<>();
    private Long agencyId;
    private boolean overdueOnly;
    private String text;
    private ListOrder sort;
    private KeysetModel<R> model;
    private List<SelectItem> agencies;

    /** How a record is shown as its row: formatted with {@code fmt}; {@code today} decides what is overdue. */
    @FunctionalInterface
    protected interface RowOf<T, R> extends Serializable {
        R of(T record, Formats fmt, LocalDate today);
    }

    /**
     * @param titlePrefix the bundle key of the page's title, less the role ({@code complaints.title.})
     * @param rowOf       the workflow's row, made of a record (its constructor)
     */
    protected WorkflowListBacking(String titlePrefix, RowOf<T, R> rowOf) {
        this.titlePrefix = titlePrefix;
        this.rowOf = rowOf;
    }

    /** The workflow's service, which scopes its lists to the caller. */
    protected abstract WorkflowService<T, F> service();

    /** The filter of the records to list, from the page's filters. */
    protected abstract F filter();

    /** A page of the records that pass the filters. */
    protected Keyset.Page<T> fetch(Keyset.Request request) {
        return service().page(filter(), request);
    }

    /** How many records pass the filters, counted up to one more than the cap. */
    protected long count() {
        return service().count(filter());
    }

    /** The agencies the list may be filtered by (a liaison's list is its own agency's, and is not). */
    protected abstract List<Agency> agencyChoices();

    /**
     * The agencies to filter by, named in the user's language: read once for the view (not on every rendering of the
     * menu), and kept with it as labels and ids, not as entities.
     */
    public List<SelectItem> getAgencies() {
        if (agencies == null) {
            Locale locale = Messages.locale();
            agencies = isAgencyFilter()
                    ? agencyChoices().stream().map(a -> new SelectItem(a.getId(), a.name(locale))).toList()
                    : List.of();
        }
        return agencies;
    }

    @PostConstruct
    private void startList() {
        role = currentUser.getRole();
        // a liaison works a queue: what is due first comes first
        sort = role == Role.AGENCY_LIAISON ? ListOrder.DEADLINE_EARLIEST : ListOrder.FILED_NEWEST;
        model = new KeysetModel<>(new Rows(), WorkRow::getId, WorkflowService.COUNT_CAP,
                (Supplier<ListOrder> & Serializable) () -> sort);
    }

    /** The model's queries are this page's, with the filters as they are at the time of the query. */
    private class Rows implements KeysetModel.Source<R> {

        private static final long serialVersionUID = 1L;

        @Override
        public Keyset.Page<R> fetch(Keyset.Request request) {
            LocalDate today = JalaliDates.today();
            return WorkflowListBacking.this.fetch(request).map(record -> rowOf.of(record, fmt, today));
        }

        @Override
        public long count() {
            return WorkflowListBacking.this.count();
        }
    }

    /** The statuses chosen, as the domain's filters take them: none means any. */
    protected Set<S> statusSet() {
        return statuses.isEmpty() ? Set.of() : EnumSet.copyOf(statuses);
    }

    /** The filters changed: back to the first page. */
    public void search() {
        model.reset();
    }

    /** Dates, numbers and labels as the user reads them. */
    protected Formats formats() {
        return fmt;
    }

    protected Role role() {
        return role;
    }

    public boolean isOfficeColumn() {
        return role != Role.OFFICE_OPERATOR;
    }

    public boolean isAgencyFilter() {
        return role != Role.AGENCY_LIAISON;
    }

    public String getTitleKey() {
        return titlePrefix + role;
    }

    public ListOrder[] getSorts() {
        return ListOrder.values();
    }

    public KeysetModel<R> getModel() {
        return model;
    }

    public List<S> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<S> statuses) {
        this.statuses = statuses == null ? new ArrayList<>() : new ArrayList<>(statuses);
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ListOrder getSort() {
        return sort;
    }

    public void setSort(ListOrder sort) {
        this.sort = sort == null ? ListOrder.FILED_NEWEST : sort;
    }
}

package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.shared.BusinessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The view page of one record of a workflow (a complaint, a line request, …): the actions the user's role may take
 * in its state, each one service command with the version the page was loaded with; after it, the page is loaded
 * afresh. When somebody else changed the record meanwhile, the user is told and sees its current state. A workflow's
 * backing adds its own actions, each a call of {@link #run}, and the fields of its hand-written forms.
 *
 * @param <A> the workflow's actions
 * @param <R> the record, as the service returns it after a step
 */
public abstract class WorkflowViewBacking<A extends Enum<A>, R> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String viewPage;
    private String id;

    // the action forms: each its own text, so that what was typed in a refused one never turns up in another's box
    // (a rejection's reason as the text of a reply, a dispute's text as the comment of a confirmation)
    private final HashMap<String, String> texts = new HashMap<>();

    /** @param viewPage the page itself, as the redirect after an action names it ({@code /complaints/view.xhtml}) */
    protected WorkflowViewBacking(String viewPage) {
        this.viewPage = viewPage;
    }

    /** Reads the record and what the user may do with it: 404 when the user may not see it. */
    protected abstract void refresh(long id);

    /** The actions the user may take now; none before the record is loaded. */
    protected abstract Set<A> actions();

    /** The id of the record loaded. */
    protected abstract long recordId();

    /** The bundle key of what is said after the action was taken. */
    protected abstract String doneKey(A action, R after);

    /** The page is opened: the record named by its address. */
    public void load() {
        refresh(Params.positiveLong(id));
    }

    public boolean can(String action) {
        return actions().stream().anyMatch(a -> a.name().equals(action));
    }

    protected void run(A action, Supplier<R> command) throws IOException {
        // The action applies to the record the page was loaded with. A post that names another one (an "id" in its
        // fields or its address: not what the page sends) is refused, not applied to the page's record.
        if (Params.positiveLong(id) != recordId()) {
            throw new BusinessException.NotFound();
        }
        R after;
        try {
            after = command.get();
        } catch (BusinessException.ConcurrentChange e) {
            refresh(recordId());
            throw e;
        }
        Messages.info(doneKey(action, after));
        show(viewPage, recordId());
    }

    /** Redirects to a record's page: after a post, a reload of the page must not post again. */
    static void show(String page, long recordId) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        ext.redirect(ext.getRequestContextPath() + page + "?id=" + recordId);
        faces.responseComplete();
    }

    /** The text typed in the action's form. */
    protected String text(A action) {
        return texts.get(action.name());
    }

    /** The action forms' texts, by action name. */
    public Map<String, String> getTexts() {
        return texts;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

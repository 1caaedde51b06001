package ir.pishkhan.portal.web.faces;

import ir.pishkhan.portal.domain.shared.PersianText;
import jakarta.ejb.EJBException;

import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;

/**
 * The page that starts a record of a workflow (files a complaint, requests a line). The form carries a one-time
 * key: submitting it twice files one record, and the second submit lands on the same record.
 *
 * @param <R> the record filed
 */
public abstract class FilingBacking<R> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String submissionKey = UUID.randomUUID().toString();
    private final String filedKey;
    private final String viewPage;

    /**
     * @param filedKey the bundle key of what is said once filed, with the tracking number as its argument
     * @param viewPage the record's page, shown once filed
     */
    protected FilingBacking(String filedKey, String viewPage) {
        this.filedKey = filedKey;
        this.viewPage = viewPage;
    }

    /** Files the form under the one-time key. */
    protected abstract R submit(String submissionKey);

    /** The record filed under the key, or null. */
    protected abstract R filedWith(String submissionKey);

    protected abstract long idOf(R record);

    protected abstract String trackingNumberOf(R record);

    public void file() throws IOException {
        R filed;
        try {
            filed = submit(submissionKey);
        } catch (EJBException e) {
            // Two submits of one form racing: the unique key let the first through; show that one.
            filed = filedWith(submissionKey);
            if (filed == null) {
                throw e;
            }
        }
        // the number as the record's heading shows it: Persian digits in Persian
        Messages.info(filedKey, PersianText.digits(trackingNumberOf(filed), Messages.locale()));
        WorkflowViewBacking.show(viewPage, idOf(filed));
    }
}

package ir.pishkhan.portal.domain.workflow;

/**
 * A filter of a workflow's lists that can be narrowed to what a party may see: an office its own records, an agency
 * what was sent to it.
 *
 * @param <F> the filter itself
 */
public interface WorkListFilter<F extends WorkListFilter<F>> {

    F forOffice(long office);

    F forAgency(long agency);
}

package ir.pishkhan.portal.persistence;

import java.time.LocalDate;

/** The walk over records past their deadline ({@code pastDeadline} of the workflows' repositories). */
final class PastDeadline {

    /** A key before every deadline, for the first batch: one query shape for every batch. */
    static final LocalDate BEFORE_ANY = LocalDate.of(1900, 1, 1);

    private PastDeadline() {
    }
}

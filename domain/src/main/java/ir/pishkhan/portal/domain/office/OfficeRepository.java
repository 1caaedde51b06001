package ir.pishkhan.portal.domain.office;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

public interface OfficeRepository {

    Optional<Office> byId(long id);

    Optional<Office> byLicence(String licenceNumber);

    Page<Office> search(OfficeFilter filter, PageRequest page);

    /** Offices whose name or licence matches, for an autocomplete: at most {@code max}. */
    List<Office> suggest(String text, int max);

    long count();

    /** The counties that have offices, by their Persian names (for choosing a county's offices at once). */
    List<String> counties();

    void store(Office office);
}

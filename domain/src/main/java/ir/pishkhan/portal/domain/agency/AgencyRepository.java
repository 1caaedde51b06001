package ir.pishkhan.portal.domain.agency;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

public interface AgencyRepository {

    Optional<Agency> byId(long id);

    Optional<Agency> byCode(String code);

    /** Agencies whose names match the text (letter forms, ZWNJ and digits folded), a page at a time. */
    Page<Agency> search(String text, AgencyKind kind, PageRequest page);

    /** Every agency, by Persian name: for choosers. Bounded by the number of agencies in one province. */
    List<Agency> choices();

    void store(Agency agency);
}

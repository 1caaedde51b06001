package ir.pishkhan.portal.domain.contract;

import ir.pishkhan.portal.domain.delegation.CountyCoverage;
import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** The banks' (and the post directorate's) contracts with the offices. */
public interface ContractRepository {

    Optional<BankContract> byId(long id);

    /** The contract in force between the agency and the office, if any. */
    Optional<BankContract> inForce(long agencyId, long officeId);

    void store(BankContract contract);

    /** An agency's contracts, in force first, searched by the office's name, county and licence. */
    Page<BankContract> contracts(long agencyId, String text, PageRequest page);

    /** The agency's contracts in force per county, against the county's active offices: one GROUP BY. */
    List<CountyCoverage> coverage(long agencyId);
}

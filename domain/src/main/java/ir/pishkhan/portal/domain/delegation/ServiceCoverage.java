package ir.pishkhan.portal.domain.delegation;

import java.io.Serializable;
import java.util.List;

/** A service and its coverage county by county (the counties with active offices, in order). */
public record ServiceCoverage(ServiceItem service, List<CountyCoverage> counties) implements Serializable {

    public ServiceCoverage {
        counties = List.copyOf(counties);
    }

    /** Whether any county's delegation of it is selective (resolution 19). */
    public boolean isSelective() {
        return counties.stream().anyMatch(CountyCoverage::isSelective);
    }
}

package ir.pishkhan.portal.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The API's bounds, by MicroProfile Config ({@code portal.api.*}; environment {@code PORTAL_API_…}): requests per
 * second per key and the burst allowed above it, and the largest request body.
 */
@ApplicationScoped
public class ApiSettings {

    @Inject
    @ConfigProperty(name = "portal.api.rate.perSecond", defaultValue = "10")
    double perSecond;

    @Inject
    @ConfigProperty(name = "portal.api.rate.burst", defaultValue = "20")
    int burst;

    /** 8 MiB: one file at the screens' bound (5 MiB), in base64, with its text. */
    @Inject
    @ConfigProperty(name = "portal.api.maxBodyBytes", defaultValue = "8388608")
    int maxBodyBytes;

    public double perSecond() {
        return perSecond;
    }

    public int burst() {
        return burst;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }
}

package ir.pishkhan.portal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The API for the agencies' own systems, under {@code /api} (its door: {@code security.ApiAuthentication}). */
@ApplicationPath("api")
public class ApiApplication extends Application {
}

package ir.pishkhan.portal.web.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/**
 * Test-only: runs code as one of the demo accounts, with its role, as that user's screens would. Which account
 * each bean runs as is in the test deployment's glassfish-ejb-jar.xml.
 */
public abstract class AsUser {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    @Stateless @RunAs("ADMIN") @PermitAll
    public static class AsAdmin extends AsUser { }

    @Stateless @RunAs("SECRETARIAT") @PermitAll
    public static class AsSecretariat extends AsUser { }

    @Stateless @RunAs("GUILD") @PermitAll
    public static class AsGuild extends AsUser { }

    @Stateless @RunAs("OFFICE_OPERATOR") @PermitAll
    public static class AsHera extends AsUser { }

    @Stateless @RunAs("OFFICE_OPERATOR") @PermitAll
    public static class AsAria extends AsUser { }

    @Stateless @RunAs("AGENCY_LIAISON") @PermitAll
    public static class AsPostBank extends AsUser { }

    @Stateless @RunAs("AGENCY_LIAISON") @PermitAll
    public static class AsTelecom extends AsUser { }

    @Stateless @RunAs("AGENCY_LIAISON") @PermitAll
    public static class AsRegulator extends AsUser { }
}

package ir.pishkhan.portal.web.container;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** Test-only: runs code with the ADMIN role, as the administrator's screens would. */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

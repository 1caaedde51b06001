package ir.pishkhan.portal.web.view.complaints;

import ir.pishkhan.portal.domain.shared.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How /attachments/{id} answers a failure, in the shapes the container gives them: a refusal is 404 or 403; anything
 * else is a server error (empty: the servlet rethrows it, and web.xml's error page answers 500 with a reference).
 */
class AttachmentServletTest {

    @Test
    void not_found_is_404_however_it_arrives() {
        assertEquals(OptionalInt.of(404), AttachmentServlet.refusal(new BusinessException.NotFound()));
        assertEquals(OptionalInt.of(404), AttachmentServlet.refusal(new EJBException(new BusinessException.NotFound())));
    }

    @Test
    void a_role_that_may_not_download_is_403() {
        assertEquals(OptionalInt.of(403), AttachmentServlet.refusal(new EJBAccessException("ADMIN")));
        assertEquals(OptionalInt.of(403), AttachmentServlet.refusal(new BusinessException.AccessDenied()));
        assertEquals(OptionalInt.of(403), AttachmentServlet.refusal(new EJBException(new BusinessException.AccessDenied())));
    }

    /** Was 403: any EJBException not caused by NotFound was answered as forbidden, hiding a server error. */
    @Test
    void any_other_failure_is_a_server_error() {
        assertEquals(OptionalInt.empty(), AttachmentServlet.refusal(new EJBException(new IllegalStateException("a broken row"))));
        assertEquals(OptionalInt.empty(), AttachmentServlet.refusal(new EJBException(new PersistenceException("the database is gone"))));
        assertEquals(OptionalInt.empty(), AttachmentServlet.refusal(
                new EJBTransactionRolledbackException("rolled back", new PersistenceException("deadlock"))));
        assertEquals(OptionalInt.empty(), AttachmentServlet.refusal(new IllegalArgumentException("not a refusal")));
    }
}

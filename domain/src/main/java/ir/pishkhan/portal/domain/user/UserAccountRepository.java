package ir.pishkhan.portal.domain.user;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> byId(long id);

    Optional<UserAccount> byUsername(String username);

    Page<UserAccount> search(String text, Role role, PageRequest page);

    long count();

    /**
     * The enabled accounts of a role, at one office ({@code officeId}) or agency ({@code agencyId}) when given: the
     * people a notification may go to.
     */
    List<UserAccount> enabledMembers(Role role, Long officeId, Long agencyId);

    void store(UserAccount account);
}

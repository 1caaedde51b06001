package ir.pishkhan.portal.domain.user;

import ir.pishkhan.portal.domain.shared.Page;
import ir.pishkhan.portal.domain.shared.PageRequest;

import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> byId(long id);

    Optional<UserAccount> byUsername(String username);

    Page<UserAccount> search(String text, Role role, PageRequest page);

    long count();

    void store(UserAccount account);
}

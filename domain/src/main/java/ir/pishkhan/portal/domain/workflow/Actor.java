package ir.pishkhan.portal.domain.workflow;

import ir.pishkhan.portal.domain.user.Role;

import java.util.Objects;

/** Who takes an action: the username and the role it is taken in. */
public record Actor(String username, Role role) {
    public Actor {
        Objects.requireNonNull(username);
        Objects.requireNonNull(role);
    }
}

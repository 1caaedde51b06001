package ir.pishkhan.portal.web.view;

import ir.pishkhan.portal.domain.apikey.ApiKey;
import ir.pishkhan.portal.domain.apikey.ApiKeyRepository;
import ir.pishkhan.portal.domain.user.UserAccount;
import ir.pishkhan.portal.domain.user.UserAccountRepository;
import ir.pishkhan.portal.web.faces.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Map;

/**
 * Who took a timeline's steps, as people read it: the account's display name («متصدی دفتر پیشخوان حرا»), not its
 * login name (office.hera), which the timeline entry keeps. Each name is read once per request: a timeline has a
 * handful of actors and many entries.
 */
@Named
@RequestScoped
public class ActorNames {

    @Inject
    private UserAccountRepository accounts;

    @Inject
    private ApiKeyRepository apiKeys;

    private final Map<String, String> names = new HashMap<>();

    /**
     * The display name of the account with this login name; the login name itself when no such account remains. An
     * agency's system that took a step through the API is named for its key («سامانه پست بانک (کلید …)»).
     */
    public String of(String username) {
        return names.computeIfAbsent(username, u -> ApiKey.prefixOfActor(u)
                .map(p -> apiKeys.byPrefix(p).map(k -> Messages.text("apiKey.actor", k.getName(), k.getPrefix())).orElse(u))
                .orElseGet(() -> accounts.byUsername(u).map(UserAccount::getDisplayName).orElse(u)));
    }
}

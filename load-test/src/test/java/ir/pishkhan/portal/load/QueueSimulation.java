package ir.pishkhan.portal.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The secretariat's triage queue under {@code load.users} (20) users at once, each in its own session, without think
 * time, for {@code load.seconds}: each opens the queue and pages on twice (the paginator's Ajax posts), over and over.
 * Issue 14's goal: ≥ 150 pages/s with 20 users on 2 cores (PostgreSQL on the same machine).
 */
public class QueueSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("load.users", 20);
    private static final int SECONDS = Integer.getInteger("load.seconds", 60);

    private final ScenarioBuilder secretariat = scenario("the queue, paged")
            .exec(session -> session.set("account", "dabir"))
            .exec(Portal.signIn())
            .exec(during(Duration.ofSeconds(SECONDS), "round", false).on(
                    exec(Portal.queue()).exec(Portal.queuePage("20")).exec(Portal.queuePage("40"))));

    {
        setUp(secretariat.injectOpen(rampUsers(USERS).during(5)))
                .protocols(Portal.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        Ledger.write("queue");
    }
}

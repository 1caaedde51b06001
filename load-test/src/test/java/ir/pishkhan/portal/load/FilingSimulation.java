package ir.pishkhan.portal.load;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Offices filing complaints as fast as issue 14 asks: {@code load.users} offices' staff (the demo offices' accounts,
 * each virtual user in its own session) sign in over ten seconds, then each files a complaint with a PDF (the form,
 * then its post) once every users ÷ {@code load.rate} seconds for {@code load.seconds}: {@code load.rate} filings a
 * second in all when the portal keeps up, fewer when it does not (each waits for its last answer). The goal: ≥ 200
 * filings/s sustained, the post's p95 ≤ 250 ms, no error; Gatling's assertions say whether it was met.
 */
public class FilingSimulation extends Simulation {

    private static final int USERS = Integer.getInteger("load.users", 100);
    private static final int RATE = Integer.getInteger("load.rate", 200);
    private static final int SECONDS = Integer.getInteger("load.seconds", 120);

    private final ScenarioBuilder offices = scenario("offices filing")
            .exec(session -> session.set("account", session.userId() % 2 == 0 ? "office.hera" : "office.aria"))
            .exec(Portal.signIn())
            .exec(during(Duration.ofSeconds(SECONDS), "round", false).on(
                    io.gatling.javaapi.core.CoreDsl.pace(Duration.ofMillis(1000L * USERS / RATE))
                            .exec(Portal.fileComplaint(false))));

    {
        setUp(offices.injectOpen(rampUsers(USERS).during(10)))
                .protocols(Portal.protocol())
                .assertions(
                        details("file a complaint (post, with a PDF)").responseTime().percentile(95).lte(250),
                        global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        Ledger.write("filing");
    }
}

package ir.pishkhan.portal.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * A working day's mix: {@code load.users} (200) people at once, each in its own session, signing in over a minute and
 * working for {@code load.seconds} with a person's pauses (3–10 s between pages, longer while typing a complaint):
 * half of them offices' staff filing complaints with a PDF and reading their list, a quarter the secretariat paging
 * and searching the queue, opening complaints, triaging and forwarding them, a fifth agencies' liaisons answering
 * what was forwarded to them with a PDF, the rest the guild association reading the queue and the compliance report.
 */
public class WorkdaySimulation extends Simulation {

    private static final int USERS = Integer.getInteger("load.users", 200);
    private static final int SECONDS = Integer.getInteger("load.seconds", 180);

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(3), Duration.ofSeconds(10));
    }

    private static ScenarioBuilder role(String name, String[] accounts, ChainBuilder work) {
        return scenario(name)
                .exec(session -> session.set("account", accounts[(int) (session.userId() % accounts.length)]))
                .exec(Portal.signIn())
                .exec(think())
                .exec(during(Duration.ofSeconds(SECONDS), "round", false).on(work));
    }

    private final ScenarioBuilder offices = role("offices", new String[] {"office.hera", "office.aria"},
            exec(Portal.page("the office's home", "/office/home.xhtml")).exec(think())
                    .exec(pause(Duration.ofSeconds(15), Duration.ofSeconds(40))) // typing the complaint
                    .exec(Portal.fileComplaint(true)).exec(think())
                    .exec(Portal.queue()).exec(think()));

    private final ScenarioBuilder secretariat = role("secretariat", new String[] {"dabir"},
            exec(Portal.queue()).exec(think())
                    .exec(Portal.queuePage("20")).exec(think())
                    .exec(randomSwitch().on(percent(50.0).then(exec(Portal.search()).exec(think()))))
                    .doIf(session -> session.contains("complaintId")).then(
                            exec(Portal.complaint()).exec(think()).exec(Portal.triageAndForward()).exec(think())));

    private final ScenarioBuilder liaisons = role("liaisons", new String[] {"liaison.postbank", "liaison.telecom", "liaison.regulator"},
            exec(Portal.page("the liaison's home", "/agency/home.xhtml")).exec(think())
                    .exec(Portal.queue("queue: forwarded to the agency", "/complaints/list.xhtml?status=FORWARDED")).exec(think())
                    .doIf(session -> session.contains("complaintId")).then(
                            exec(Portal.complaint()).exec(pause(Duration.ofSeconds(10), Duration.ofSeconds(20)))
                                    .exec(Portal.answer()).exec(think())));

    private final ScenarioBuilder guild = role("guild association", new String[] {"anjoman"},
            exec(Portal.queue()).exec(think())
                    .exec(Portal.page("the compliance report", "/reports/compliance.xhtml")).exec(think())
                    .exec(Portal.page("the meetings", "/meetings/list.xhtml")).exec(think()));

    {
        Duration ramp = Duration.ofSeconds(60);
        setUp(offices.injectOpen(rampUsers(USERS / 2).during(ramp)),
                secretariat.injectOpen(rampUsers(USERS / 4).during(ramp)),
                liaisons.injectOpen(rampUsers(USERS / 5).during(ramp)),
                guild.injectOpen(rampUsers(USERS - USERS / 2 - USERS / 4 - USERS / 5).during(ramp)))
                .protocols(Portal.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        Ledger.write("workday");
    }
}

package ir.pishkhan.portal.web.timing;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * A JDK Flight Recorder event for each request the portal served, while a recording asks for it: its duration is
 * the server's time for the request (from the first filter to the last byte written), beside the part of it spent in
 * the database. Read it in JDK Mission Control, with {@code jfr print --events ir.pishkhan.Page}, or with
 * scripts/benchmark-server-time.sh. Costs nothing when no recording is running.
 */
@Name("ir.pishkhan.Page")
@Label("Page served")
@Category("Pishkhan Portal")
@Description("A request served by the portal: its time on the server and the part of it spent in SQL")
@StackTrace(false)
class PageEvent extends jdk.jfr.Event {

    @Label("Path")
    String path;

    @Label("Method")
    String method;

    @Label("Faces Ajax request")
    boolean ajax;

    @Label("HTTP status")
    int status;

    @Label("SQL time")
    @Timespan(Timespan.NANOSECONDS)
    long sql;

    @Label("SQL statements")
    int statements;
}

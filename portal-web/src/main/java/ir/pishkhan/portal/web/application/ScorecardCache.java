package ir.pishkhan.portal.web.application;

import ir.pishkhan.portal.domain.figures.MonthSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public scorecard's figures, kept for a while per span ({@code portal.scorecard.cacheSeconds}, 300 by default):
 * a page anyone may open, crawlers too, must not run its GROUP BYs over a million complaints on every request. Each
 * instance keeps its own; figures a few minutes old are what a public scorecard promises (it says when they were
 * counted). Held for at most {@link #SPANS} spans, so that crawling every span there is cannot fill the heap.
 */
@ApplicationScoped
public class ScorecardCache {

    static final int SPANS = 200;

    @Inject
    private FiguresService figures;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "portal.scorecard.cacheSeconds", defaultValue = "300")
    private long cacheSeconds;

    private final Map<MonthSpan, FiguresService.Sheet> sheets = new ConcurrentHashMap<>();

    public FiguresService.Sheet sheet(MonthSpan span) {
        return sheet(span, clock.instant());
    }

    /** The figures as kept at {@code now}: counted again once older than the period (a test moves {@code now}). */
    public FiguresService.Sheet sheet(MonthSpan span, Instant now) {
        FiguresService.Sheet kept = sheets.get(span);
        if (kept != null && kept.at().plus(Duration.ofSeconds(cacheSeconds)).isAfter(now)) {
            return kept;
        }
        FiguresService.Sheet fresh = figures.publicSheet(span);
        if (sheets.size() >= SPANS) {
            sheets.clear();
        }
        sheets.put(span, fresh);
        return fresh;
    }
}

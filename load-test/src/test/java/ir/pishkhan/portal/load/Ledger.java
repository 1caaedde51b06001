package ir.pishkhan.portal.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the portal acknowledged during a run, kept beside Gatling's own figures: how many of each thing (a filing, a
 * queue page) were done in each second, for the throughput while the load was steady rather than over the ramp; and
 * each acknowledged filing (its description, the complaint id the portal sent the browser to), which the script looks
 * up in the database afterwards (none lost, none doubled). Written to {@code load.out} when the simulation ends.
 */
public final class Ledger {

    private static final Map<String, Map<Long, AtomicLong>> PER_SECOND = new ConcurrentHashMap<>();
    private static final ConcurrentLinkedQueue<String> FILED = new ConcurrentLinkedQueue<>();

    private Ledger() {
    }

    /** One thing of this kind done now; a filing also with its description and its complaint's id. */
    static void record(String kind, String description, String id) {
        PER_SECOND.computeIfAbsent(kind, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(System.currentTimeMillis() / 1000, s -> new AtomicLong()).incrementAndGet();
        if (description != null) {
            FILED.add(id + "\t" + description.replaceAll(".*(load/\\S+).*", "$1"));
        }
    }

    /** Writes {@code <simulation>-per-second.tsv} (second, kind, count) and {@code <simulation>-filed.tsv} (id, marker). */
    static void write(String simulation) {
        Path dir = Path.of(System.getProperty("load.out", "target/load"));
        List<String> lines = new ArrayList<>();
        PER_SECOND.forEach((kind, seconds) -> new TreeMap<>(seconds).forEach((s, n) -> lines.add(s + "\t" + kind + "\t" + n)));
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(simulation + "-per-second.tsv"), lines, StandardCharsets.UTF_8);
            Files.write(dir.resolve(simulation + "-filed.tsv"), new ArrayList<>(FILED), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ir.pishkhan.portal.web.i18n;

import ir.pishkhan.portal.domain.agency.AgencyKind;
import ir.pishkhan.portal.domain.meeting.ResolutionKind;
import ir.pishkhan.portal.domain.office.LicenceStatus;
import ir.pishkhan.portal.domain.office.OfficeKind;
import ir.pishkhan.portal.domain.user.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every text a user sees is in both bundles, Persian and English; none is missing from either. */
class MessageBundlesTest {

    private static final String BASE = "/ir/pishkhan/portal/web/i18n/messages_";
    private static final Pattern FACELET_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Messages\\.(?:text|info)\\(|Messages\\.error\\(null, |Exception(?:\\.\\w+)?\\(|super\\()\"([a-z][A-Za-z0-9_.]*[A-Za-z0-9_])\"\\s*[,)]");
    private static final Pattern ENTRY_KEY = Pattern.compile("new Entry\\(\"[^\"]+\", \"([a-z][A-Za-z0-9_.]+)\"");

    private static Properties bundle(String language) {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BASE + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static Set<String> keysIn(Path root, String suffix, List<Pattern> patterns) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(f);
                for (Pattern pattern : patterns) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void persian_and_english_have_the_same_keys() {
        assertEquals(new TreeSet<>(bundle("fa").stringPropertyNames()), new TreeSet<>(bundle("en").stringPropertyNames()));
    }

    /** A key defined twice keeps its last text silently: the referral form's label once read the domain's error message. */
    @Test
    void no_key_is_defined_twice() {
        for (String language : List.of("fa", "en")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            Properties p = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (!seen.add((String) key)) {
                        twice.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessageBundlesTest.class.getResourceAsStream(BASE + language + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertEquals(Set.of(), twice, "keys defined twice in messages_" + language);
        }
    }

    @Test
    void persian_texts_are_persian() {
        Properties fa = bundle("fa");
        for (String key : fa.stringPropertyNames()) {
            String value = fa.getProperty(key).replaceAll("\\{[^}]*}", "");
            if (value.codePoints().noneMatch(Character::isLetter)) {
                continue; // symbols only, such as the timeline's arrow
            }
            assertTrue(value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                    "not translated into Persian: " + key + "=" + value);
        }
    }

    @Test
    void every_key_the_pages_and_the_code_use_is_in_both_bundles() throws IOException {
        Set<String> used = new TreeSet<>();
        used.addAll(keysIn(Path.of("src/main/webapp"), ".xhtml", List.of(FACELET_KEY)));
        used.addAll(keysIn(Path.of("src/main/java"), ".java", List.of(JAVA_KEY, ENTRY_KEY)));
        used.addAll(keysIn(Path.of("../domain/src/main/java"), ".java", List.of(JAVA_KEY)));
        assertTrue(used.size() > 50, "the scan found too few keys: " + used);
        for (String language : List.of("fa", "en")) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(bundle(language).stringPropertyNames());
            assertEquals(Set.of(), missing, "missing in messages_" + language);
        }
    }

    @Test
    void every_enum_shown_has_a_label() {
        for (String language : List.of("fa", "en")) {
            Properties p = bundle(language);
            for (Class<? extends Enum<?>> type : List.of(Role.class, AgencyKind.class, OfficeKind.class,
                    LicenceStatus.class, ResolutionKind.class, ir.pishkhan.portal.domain.complaint.ComplaintStatus.class,
                    ir.pishkhan.portal.domain.complaint.ComplaintKind.class, ir.pishkhan.portal.domain.complaint.ComplaintAction.class,
                    ir.pishkhan.portal.domain.complaint.Priority.class, ir.pishkhan.portal.domain.workflow.Visibility.class,
                    ir.pishkhan.portal.domain.workflow.ListOrder.class,
                    ir.pishkhan.portal.domain.linerequest.LineKind.class, ir.pishkhan.portal.domain.linerequest.LineRequestStatus.class,
                    ir.pishkhan.portal.domain.linerequest.LineRequestAction.class, ir.pishkhan.portal.domain.linerequest.RefusalReason.class,
                    ir.pishkhan.portal.domain.linerequest.DisputeReason.class, ir.pishkhan.portal.domain.linerequest.LineStanding.class,
                    ir.pishkhan.portal.domain.escalation.Rung.class,
                    ir.pishkhan.portal.domain.obligation.ObligationStatus.class,
                    ir.pishkhan.portal.domain.obligation.ObligationAction.class,
                    ir.pishkhan.portal.domain.dispute.DisputeStatus.class,
                    ir.pishkhan.portal.domain.dispute.DisputeAction.class,
                    ir.pishkhan.portal.domain.office.LicenceAction.class)) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    String key = "enum." + type.getSimpleName() + "." + constant.name();
                    assertTrue(p.containsKey(key), language + " lacks " + key);
                }
            }
        }
    }
}

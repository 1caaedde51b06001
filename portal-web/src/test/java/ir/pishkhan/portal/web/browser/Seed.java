package ir.pishkhan.portal.web.browser;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The 14th meeting's seed, seed/resolutions-14.json, as the persistence jar bundles it: what the portal must show. */
public final class Seed {

    private static final JsonObject SEED = read("seed/resolutions-14.json");

    private Seed() {
    }

    /** The verbatim Persian text of a resolution of meeting 14. */
    public static String textFa(int number) {
        return resolution(number).getString("text_fa");
    }

    public static JsonObject resolution(int number) {
        for (JsonValue v : SEED.getJsonArray("resolutions")) {
            if (v.asJsonObject().getInt("number") == number) {
                return v.asJsonObject();
            }
        }
        throw new IllegalArgumentException("No resolution " + number + " in the seed");
    }

    public static int resolutionCount() {
        return SEED.getJsonArray("resolutions").size();
    }

    public static JsonObject meeting() {
        return SEED.getJsonObject("meeting");
    }

    private static JsonObject read(String resource) {
        try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource + " on the test classpath (the persistence jar)");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package ir.pishkhan.portal.web.api;

import ir.pishkhan.portal.domain.apikey.ApiKey;
import ir.pishkhan.portal.domain.apikey.IdempotentRequest;
import ir.pishkhan.portal.domain.shared.JalaliDates;
import ir.pishkhan.portal.domain.workflow.Keyset;
import ir.pishkhan.portal.domain.workflow.ListOrder;
import ir.pishkhan.portal.domain.workflow.TimelineEntry;
import ir.pishkhan.portal.web.application.ComplaintService;
import ir.pishkhan.portal.web.security.ApiAuthentication;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the API's resources share: the key the request came in by, its body read within the bound and parsed, key
 * paging, and POSTs acted once ({@link Idempotency}). The steps themselves are the screens' application services,
 * called as the key's agency's liaison.
 */
abstract class ApiResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    /** A body over the bound is read on up to this many times the bound before the answer, so that its sender hears it. */
    static final int DRAIN_FACTOR = 4;

    @Context
    HttpServletRequest request;

    @Inject
    ApiSettings settings;

    @Inject
    Idempotency idempotency;

    @Inject
    Clock clock;

    ApiKey key() {
        return (ApiKey) request.getAttribute(ApiAuthentication.KEY);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(JalaliDates.ZONE));
    }

    // --- bodies ---

    /** The request's body, within the bound ({@code 413} above it, whether it says its length or not). */
    byte[] body(InputStream in) {
        int max = settings.maxBodyBytes();
        if (request.getContentLengthLong() > DRAIN_FACTOR * (long) max) {
            throw tooLarge(max); // not worth reading: the connection is cut after the answer
        }
        try (InputStream stream = in == null ? new ByteArrayInputStream(new byte[0]) : in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = stream.read(buffer)) > 0) {
                if (out.size() + n > max) {
                    // read (and drop) what a modest overshoot sends, so that the client reads the answer; beyond, cut
                    for (long left = DRAIN_FACTOR * (long) max; left > 0 && n > 0; left -= n) {
                        n = stream.read(buffer, 0, (int) Math.min(buffer.length, left));
                    }
                    throw tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException tooLarge(int max) {
        return new ApiException(413, "payload_too_large", "api.body.tooLarge", Math.max(1, max / (1024 * 1024)));
    }

    /** The body as a JSON object ({@code 400} when it is not one). */
    static JsonObject json(byte[] body) {
        if (body.length == 0) {
            throw ApiException.badRequest("api.json.empty");
        }
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.badRequest("api.json.notObject");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw ApiException.badRequest("api.json.invalid");
        }
    }

    static long version(JsonObject json) {
        JsonValue v = json.get("version");
        if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
            throw ApiException.badRequest("api.field.required", "version");
        }
        return n.longValue();
    }

    /** A text field; null when absent (the rule it is given to says whether it is required). */
    static String text(JsonObject json, String name) {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw ApiException.badRequest("api.field.text", name);
        }
        return s.getString();
    }

    static LocalDate date(JsonObject json, String name) {
        String s = text(json, name);
        try {
            return s == null ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("api.field.date", name);
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("api.field.choice", name, String.join(", ",
                    EnumSet.allOf(type).stream().map(Enum::name).toList()));
        }
    }

    static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String name) {
        Set<E> out = EnumSet.noneOf(type);
        for (String v : values == null ? List.<String>of() : values) {
            for (String one : v.split(",")) {
                E e = choice(type, one, name);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /** The files of a body: {@code [{"name": …, "content": base64}]}; checked by the screens' rules when the step takes them. */
    static List<ComplaintService.Upload> files(JsonObject json) {
        JsonValue v = json.get("files");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw ApiException.badRequest("api.files.invalid");
        }
        List<ComplaintService.Upload> out = new ArrayList<>();
        for (JsonValue f : v.asJsonArray()) {
            if (f.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.badRequest("api.files.invalid");
            }
            String name = text(f.asJsonObject(), "name");
            String content = text(f.asJsonObject(), "content");
            if (name == null || content == null) {
                throw ApiException.badRequest("api.files.invalid");
            }
            try {
                out.add(new ComplaintService.Upload(name, Base64.getMimeDecoder().decode(content)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("api.files.base64", name);
            }
        }
        return out;
    }

    // --- POSTs, once ---

    /**
     * A POST, acted once under its idempotency key ({@code 400} without one): the step's answer, or the one given to
     * the same request before; the same key with another request is refused ({@code 422}).
     */
    Response once(String idempotencyKey, byte[] body, Supplier<Object> step) {
        String ik = IdempotentRequest.checkKey(idempotencyKey);
        String hash = IdempotentRequest.requestHash("POST", request.getRequestURI(), body);
        long keyId = key().getId();
        Idempotency.Answer answer;
        try {
            answer = idempotency.once(keyId, ik, hash, step);
        } catch (RuntimeException e) {
            // the same request, stored first by another instance or thread while this one ran: its answer (this one's
            // step rolled back). Whichever way this one failed: the key's unique row, the record's version moved on
            // under it (a lost optimistic lock), or the rule that the version sent is no longer the record's.
            answer = storedMeanwhile(keyId, ik, hash, e);
        }
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .header("Idempotent-Replayed", Boolean.toString(answer.replayed())).entity(answer.body()).build();
    }

    private Idempotency.Answer storedMeanwhile(long keyId, String ik, String hash, RuntimeException failure) {
        Optional<Idempotency.Answer> stored;
        try {
            stored = idempotency.replay(keyId, ik, hash);
        } catch (IdempotentRequest.Reused reused) {
            throw reused; // another request under the same key won: that, not how this one failed, is the answer
        } catch (RuntimeException again) {
            failure.addSuppressed(again);
            throw failure;
        }
        return stored.orElseThrow(() -> failure);
    }

    /** What a step answers: the record's new state and version (short: it is kept with the idempotency key). */
    static Map<String, Object> stepped(ir.pishkhan.portal.domain.workflow.Workflow<?, ?, ?> record) {
        return JsonOut.object("id", record.getId(), "trackingNumber", record.getTrackingNumber(),
                "status", record.getStatus(), "version", record.getVersion());
    }

    // --- lists ---

    static Keyset.Request pageRequest(ListOrder order, String after, Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ApiException.badRequest("api.limit.invalid", MAX_LIMIT);
        }
        if (after == null || after.isBlank()) {
            return Keyset.Request.first(order, size);
        }
        return new Keyset.Request(order, Keyset.Direction.AFTER, cursor(after), size);
    }

    static Keyset.Cursor cursor(String text) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            int bar = s.lastIndexOf('|');
            return new Keyset.Cursor(s.substring(0, bar), Long.parseLong(s.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw ApiException.badRequest("api.cursor.invalid");
        }
    }

    static String cursorText(Keyset.Cursor c) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((c.key() + "|" + c.id()).getBytes(StandardCharsets.UTF_8));
    }

    static <T> Response page(Keyset.Page<T> page, Function<T, Object> item) {
        return ok(JsonOut.object("items", page.items().stream().map(item).toList(),
                "next", page.hasNext() && page.last() != null ? cursorText(page.last()) : null));
    }

    static LocalDate since(String since) {
        try {
            return since == null || since.isBlank() ? null : LocalDate.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("api.field.date", "since");
        }
    }

    // --- answers ---

    static Response ok(Object value) {
        return Response.ok(JsonOut.text(value), MediaType.APPLICATION_JSON_TYPE).build();
    }

    static List<Object> timeline(List<? extends TimelineEntry<?, ?>> entries) {
        List<Object> out = new ArrayList<>();
        for (TimelineEntry<?, ?> e : entries) {
            out.add(JsonOut.object("at", e.getAt(), "action", e.getAction(), "from", e.getFromStatus(),
                    "to", e.getToStatus(), "actor", e.getActor(), "actorRole", e.getActorRole(), "text", e.getText()));
        }
        return out;
    }

    String url(String path) {
        return request.getContextPath() + path;
    }
}

package ir.pishkhan.portal.domain.apikey;

import ir.pishkhan.portal.domain.shared.BusinessException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdempotentRequestTest {

    private static final byte[] BODY = "{\"text\":\"پاسخ\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameRequestAgainGetsTheFirstAnswerAndAnotherOneUnderTheSameKeyIsRefused() {
        String hash = IdempotentRequest.requestHash("POST", "/api/v1/complaints/7/answer", BODY);
        IdempotentRequest first = new IdempotentRequest(3, "key-1", hash, 200, "{\"version\":4}", Instant.EPOCH);
        assertSame(first, first.replayFor(IdempotentRequest.requestHash("POST", "/api/v1/complaints/7/answer", BODY.clone())));
        String otherBody = IdempotentRequest.requestHash("POST", "/api/v1/complaints/7/answer", "{}".getBytes(StandardCharsets.UTF_8));
        String otherPath = IdempotentRequest.requestHash("POST", "/api/v1/complaints/8/answer", BODY);
        assertNotEquals(hash, otherBody);
        assertNotEquals(hash, otherPath);
        assertEquals("api.idempotency.reused", assertThrows(IdempotentRequest.Reused.class, () -> first.replayFor(otherBody)).getMessageKey());
        assertThrows(IdempotentRequest.Reused.class, () -> first.replayFor(otherPath));
    }

    @Test
    void anIdempotencyKeyIsRequiredAndShort() {
        assertEquals("api.idempotency.missing",
                assertThrows(BusinessException.InvalidInput.class, () -> IdempotentRequest.checkKey(null)).getMessageKey());
        assertEquals("api.idempotency.missing",
                assertThrows(BusinessException.InvalidInput.class, () -> IdempotentRequest.checkKey("  ")).getMessageKey());
        assertEquals("api.idempotency.invalid",
                assertThrows(BusinessException.InvalidInput.class, () -> IdempotentRequest.checkKey("x".repeat(101))).getMessageKey());
        assertEquals("api.idempotency.invalid",
                assertThrows(BusinessException.InvalidInput.class, () -> IdempotentRequest.checkKey("کلید")).getMessageKey());
        assertEquals("b7e1-42", IdempotentRequest.checkKey(" b7e1-42 "));
    }
}

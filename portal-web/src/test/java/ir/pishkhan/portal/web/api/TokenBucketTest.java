package ir.pishkhan.portal.web.api;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenBucketTest {

    @Test
    void aBurstThenTheRateAndTheWaitToldInWholeSeconds() {
        TokenBucket bucket = new TokenBucket(10, 20);
        for (int i = 0; i < 20; i++) {
            assertEquals(0, bucket.take(1_000), "the burst, at once: request " + i);
        }
        assertEquals(1, bucket.take(1_000), "the 21st waits");
        assertEquals(0, bucket.take(1_100), "a tenth of a second later: one more");
        assertEquals(1, bucket.take(1_100));
        assertEquals(0, bucket.take(60_000));
        TokenBucket slow = new TokenBucket(0.2, 1);
        assertEquals(0, slow.take(0));
        assertEquals(5, slow.take(0), "one in five seconds");
    }

    @Test
    void theLanguageOfAnErrorIsPersianUnlessEnglishIsPreferred() {
        Locale fa = Locale.forLanguageTag("fa");
        assertEquals(fa, ApiErrors.locale(null));
        assertEquals(fa, ApiErrors.locale(""));
        assertEquals(fa, ApiErrors.locale("de-DE"));
        assertEquals(fa, ApiErrors.locale("fa-IR,en;q=0.5"));
        assertEquals(fa, ApiErrors.locale("%%%"));
        assertEquals(Locale.ENGLISH, ApiErrors.locale("en-US,en;q=0.9,fa;q=0.1"));
    }
}

package com.heroinfacts.local;

import com.amazon.ask.servlet.verifiers.SkillServletVerifier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate in front of the SDK's certificate downloads; the verifiers themselves are the SDK's (see RequestVerificationTest). */
class RequestVerifierTest {

    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final SkillServletVerifier ACCEPTS = request -> { };

    @Test
    void a_third_download_at_once_is_turned_away_but_a_verified_url_is_not() throws Exception {
        CountDownLatch downloading = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        // stands in for the SDK's verifier stuck on S3 for each URL it has not seen
        SkillServletVerifier slow = request -> {
            if (request.getSigningCertificateChainUrl().contains("slow")) {
                downloading.countDown();
                await(release);
            }
        };
        RequestVerifier verifier = new RequestVerifier(slow, ACCEPTS);
        assertThat(verifier.check("sig", "https://s3.amazonaws.com/echo.api/known.pem", BODY)).isEmpty();

        CompletableFuture<Optional<RequestVerifier.Rejection>> first = CompletableFuture.supplyAsync(
                () -> verifier.check("sig", "https://s3.amazonaws.com/echo.api/slow-1.pem", BODY));
        CompletableFuture<Optional<RequestVerifier.Rejection>> second = CompletableFuture.supplyAsync(
                () -> verifier.check("sig", "https://s3.amazonaws.com/echo.api/slow-2.pem", BODY));
        assertThat(downloading.await(5, TimeUnit.SECONDS)).isTrue();

        Optional<RequestVerifier.Rejection> third = verifier.check("sig", "https://s3.amazonaws.com/echo.api/new.pem", BODY);
        assertThat(third).map(RequestVerifier.Rejection::status).hasValue(503);
        assertThat(verifier.check("sig", "https://s3.amazonaws.com/echo.api/known.pem", BODY)).isEmpty();

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(second.get(5, TimeUnit.SECONDS)).isEmpty();
        assertThat(verifier.check("sig", "https://s3.amazonaws.com/echo.api/new.pem", BODY)).isEmpty();
    }

    @Test
    void a_refused_signature_does_not_hold_a_download_slot() {
        SkillServletVerifier refuses = request -> {
            throw new SecurityException("no");
        };
        RequestVerifier verifier = new RequestVerifier(refuses, ACCEPTS);

        for (int i = 0; i < 5; i++) {
            assertThat(verifier.check("sig", "https://s3.amazonaws.com/echo.api/x" + i + ".pem", BODY))
                    .map(RequestVerifier.Rejection::code).hasValue("bad_signature");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

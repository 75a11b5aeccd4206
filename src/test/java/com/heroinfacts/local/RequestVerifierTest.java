package com.heroinfacts.local;

import com.amazon.ask.servlet.verifiers.SkillServletVerifier;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate in front of the SDK's certificate downloads; the verifiers themselves are the SDK's (see RequestVerificationTest). */
class RequestVerifierTest {

    private static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);
    private static final SkillServletVerifier ACCEPTS = request -> { };
    private static final String ECHO_API = "https://s3.amazonaws.com/echo.api/";
    /** One thread per waiting request, whatever the machine's core count (the common pool may have fewer). */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "verifier-test");
        thread.setDaemon(true);
        return thread;
    });

    @Test
    void only_amazons_canonical_certificate_url_reaches_the_sdk() {
        ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
        RequestVerifier verifier = new RequestVerifier(request -> seen.add(request.getSigningCertificateChainUrl()), ACCEPTS);
        for (String spelling : List.of(
                ECHO_API + "cert.pem?x=1", ECHO_API + "cert.pem#x", "https://user@s3.amazonaws.com/echo.api/cert.pem",
                "https://s3.amazonaws.com:8443/echo.api/cert.pem", "https://s3.amazonaws.com:0443/echo.api/cert.pem",
                ECHO_API + "../echo.api/cert.pem", ECHO_API + "./cert.pem", ECHO_API + "%63ert.pem", ECHO_API + "cert%2Epem",
                "https://S3.amazonaws.com/echo.api/cert.pem", "https://s3.amazonaws.com/EcHo.aPi/cert.pem",
                "http://s3.amazonaws.com/echo.api/cert.pem", "https://s3.amazonaws.com.attacker.example/echo.api/cert.pem",
                "https://s3.amazonaws.com/echo.api/sub/cert.pem", ECHO_API + "cert.pem ", ECHO_API + ".pem", ECHO_API + "cert.crt",
                ECHO_API + "x".repeat(200) + ".pem", "")) {
            assertThat(verifier.check("sig", spelling, BODY)).as(spelling)
                    .map(RequestVerifier.Rejection::code).hasValue("bad_certificate_url");
        }
        assertThat(seen).isEmpty();

        assertThat(verifier.check("sig", ECHO_API + "echo-api-cert-12.pem", BODY)).isEmpty();
        // :443 is the same certificate: one spelling, one cache entry
        assertThat(verifier.check("sig", "https://s3.amazonaws.com:443/echo.api/echo-api-cert-12.pem", BODY)).isEmpty();
        assertThat(seen).containsExactly(ECHO_API + "echo-api-cert-12.pem", ECHO_API + "echo-api-cert-12.pem");
    }

    @Test
    void a_failed_download_is_remembered_for_a_minute_then_tried_again() {
        AtomicLong now = new AtomicLong();
        ConcurrentLinkedQueue<String> tries = new ConcurrentLinkedQueue<>();
        SkillServletVerifier unavailable = request -> {
            tries.add(request.getSigningCertificateChainUrl());
            throw new SecurityException("Failed", new CertificateException("Unable to retrieve certificate"));
        };
        RequestVerifier verifier = new RequestVerifier(unavailable, ACCEPTS, new CertificateDownloads(now::get));

        for (int i = 0; i < 5; i++) {
            assertThat(verifier.check("sig", ECHO_API + "gone.pem", BODY)).map(RequestVerifier.Rejection::code)
                    .hasValue("bad_certificate");
        }
        assertThat(tries).hasSize(1);
        now.addAndGet(CertificateDownloads.FAILURE_MEMORY_NANOS + 1);
        verifier.check("sig", ECHO_API + "gone.pem", BODY);
        assertThat(tries).hasSize(2);
    }

    @Test
    void a_refused_signature_holds_no_slot_and_its_certificate_is_not_fetched_again() {
        AtomicLong calls = new AtomicLong();
        SkillServletVerifier refuses = request -> {
            calls.incrementAndGet();
            throw new SecurityException("no");
        };
        CertificateDownloads downloads = new CertificateDownloads();
        RequestVerifier verifier = new RequestVerifier(refuses, ACCEPTS, downloads);

        for (int i = 0; i < 5; i++) {
            assertThat(verifier.check("sig", ECHO_API + "x" + i + ".pem", BODY))
                    .map(RequestVerifier.Rejection::code).hasValue("bad_signature");
        }
        assertThat(calls).hasValue(5);
        assertThat(downloads.known()).isEqualTo(5);
    }

    @Test
    void no_more_than_sixteen_certificates_are_ever_handed_to_the_sdk() {
        CertificateDownloads downloads = new CertificateDownloads();
        RequestVerifier verifier = new RequestVerifier(ACCEPTS, ACCEPTS, downloads);
        for (int i = 0; i < CertificateDownloads.MAX_CERTIFICATES; i++) {
            assertThat(verifier.check("sig", ECHO_API + "c" + i + ".pem", BODY)).isEmpty();
        }
        assertThat(verifier.check("sig", ECHO_API + "one-more.pem", BODY)).map(RequestVerifier.Rejection::code)
                .hasValue("bad_certificate");
        assertThat(verifier.check("sig", ECHO_API + "c0.pem", BODY)).isEmpty();
        assertThat(downloads.known()).isEqualTo(CertificateDownloads.MAX_CERTIFICATES);
    }

    @Test
    void with_both_slots_held_by_forgeries_the_url_most_asked_for_is_fetched_next() throws Exception {
        CountDownLatch downloading = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> order = new ConcurrentLinkedQueue<>();
        // stands in for the SDK stuck on S3 for a URL that does not exist
        SkillServletVerifier sdk = request -> {
            String url = request.getSigningCertificateChainUrl();
            order.add(url);
            if (url.contains("forged")) {
                downloading.countDown();
                await(release);
                throw new SecurityException("Failed", new CertificateException("Unable to retrieve certificate"));
            }
        };
        CertificateDownloads downloads = new CertificateDownloads();
        RequestVerifier verifier = new RequestVerifier(sdk, ACCEPTS, downloads);
        assertThat(verifier.check("sig", ECHO_API + "known.pem", BODY)).isEmpty();
        List<CompletableFuture<Optional<RequestVerifier.Rejection>>> forged = List.of(
                CompletableFuture.supplyAsync(() -> verifier.check("sig", ECHO_API + "forged-1.pem", BODY), THREADS),
                CompletableFuture.supplyAsync(() -> verifier.check("sig", ECHO_API + "forged-2.pem", BODY), THREADS));
        assertThat(downloading.await(5, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Optional<RequestVerifier.Rejection>> third = CompletableFuture.supplyAsync(
                () -> verifier.check("sig", ECHO_API + "forged-3.pem", BODY), THREADS);
        List<CompletableFuture<Optional<RequestVerifier.Rejection>>> genuine = List.of(
                CompletableFuture.supplyAsync(() -> verifier.check("sig", ECHO_API + "alexa.pem", BODY), THREADS),
                CompletableFuture.supplyAsync(() -> verifier.check("sig", ECHO_API + "alexa.pem", BODY), THREADS));
        // a verified URL needs no slot, whatever is waiting
        assertThat(verifier.check("sig", ECHO_API + "known.pem", BODY)).isEmpty();
        for (int i = 0; i < 500 && downloads.waiting() < 3; i++) {
            Thread.sleep(10);
        }
        assertThat(downloads.waiting()).isEqualTo(3);

        release.countDown();
        for (CompletableFuture<Optional<RequestVerifier.Rejection>> request : genuine) {
            assertThat(request.get(5, TimeUnit.SECONDS)).isEmpty();
        }
        for (CompletableFuture<Optional<RequestVerifier.Rejection>> request : forged) {
            assertThat(request.get(5, TimeUnit.SECONDS)).map(RequestVerifier.Rejection::code).hasValue("bad_certificate");
        }
        third.get(5, TimeUnit.SECONDS);
        List<String> fetched = List.copyOf(order);
        // both genuine requests were served before the lone forgery that had been waiting longer was tried
        assertThat(fetched.stream().filter(u -> u.endsWith("alexa.pem")).count()).isEqualTo(2);
        assertThat(fetched.indexOf(ECHO_API + "alexa.pem")).isLessThan(fetched.indexOf(ECHO_API + "forged-3.pem"));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package com.heroinfacts.local;

import com.amazon.ask.servlet.verifiers.SkillRequestSignatureVerifier;
import com.amazon.ask.servlet.verifiers.SkillRequestTimestampVerifier;
import com.amazon.ask.servlet.verifiers.SkillServletVerifier;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Checks that a request came from Alexa, as Amazon requires of a skill hosted as a web service, with the ASK
 * SDK's own verifiers: the SignatureCertChainUrl rules, the certificate chain (trusted by the JVM's trust
 * store, naming echo-api.amazon.com), the Signature-256 header over the raw body, and the timestamp within
 * 150 seconds. The SDK caches each certificate it has verified, by URL, for the life of the process.
 */
final class RequestVerifier {

    static final long TOLERANCE_SECONDS = 150;
    /** Certificate downloads at once: a URL the SDK has not seen costs a fetch with retries (seconds when S3 says no). */
    private static final int FETCHES = 2;
    private static final int KNOWN_URLS = 64;

    private final SkillServletVerifier signature;
    private final SkillServletVerifier timestamp;
    private final Semaphore fetches = new Semaphore(FETCHES);
    private final Set<String> verifiedUrls = ConcurrentHashMap.newKeySet();

    RequestVerifier(SkillServletVerifier signature, SkillServletVerifier timestamp) {
        this.signature = signature;
        this.timestamp = timestamp;
    }

    /** The SDK's verifiers, as production uses them; their trust anchors are the JVM's. */
    static RequestVerifier amazon() {
        return new RequestVerifier(new SkillRequestSignatureVerifier(),
                new SkillRequestTimestampVerifier(TOLERANCE_SECONDS, TimeUnit.SECONDS));
    }

    /** Why a request is refused, for the client ({@code code}, {@code message}) and for the log ({@code detail}). */
    record Rejection(int status, String code, String message, String detail) {
    }

    Optional<Rejection> check(String signatureHeader, String certificateUrl, byte[] body) {
        if (signatureHeader == null || certificateUrl == null) {
            return reject("unsigned", "the request has no Signature-256 or SignatureCertChainUrl header", null);
        }
        AlexaHttpBody request = new AlexaHttpBody(signatureHeader, certificateUrl, body);
        boolean known = verifiedUrls.contains(certificateUrl);
        if (!known && !fetches.tryAcquire()) {
            return Optional.of(new Rejection(503, "busy", "try again", "certificate downloads all busy"));
        }
        try {
            signature.verify(request);
        } catch (SecurityException e) {
            return reject("bad_signature", "the request signature could not be verified", e);
        } finally {
            if (!known) {
                fetches.release();
            }
        }
        if (verifiedUrls.size() < KNOWN_URLS) {
            verifiedUrls.add(certificateUrl);
        }
        if (request.getDeserializedRequestEnvelope() == null) {
            // signed by Alexa yet not a request the skill can bind: the skill refuses it, with the reason
            return Optional.empty();
        }
        try {
            timestamp.verify(request);
        } catch (SecurityException e) {
            return reject("bad_timestamp", "the request timestamp is missing or more than 150 seconds off", e);
        }
        return Optional.empty();
    }

    private static Optional<Rejection> reject(String code, String message, Throwable failure) {
        return Optional.of(new Rejection(400, code, message, failure == null ? null : innermostMessage(failure)));
    }

    /** The SDK's innermost reason (such as the broken certificate-URL rule); it names the URL, never the body. */
    private static String innermostMessage(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause.getCause() != null && depth < 8; depth++) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        String printable = message.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() > 200 ? printable.substring(0, 200) + "..." : printable;
    }
}

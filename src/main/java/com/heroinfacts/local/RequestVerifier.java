package com.heroinfacts.local;

import com.amazon.ask.servlet.verifiers.SkillRequestSignatureVerifier;
import com.amazon.ask.servlet.verifiers.SkillRequestTimestampVerifier;
import com.amazon.ask.servlet.verifiers.SkillServletVerifier;

import java.security.cert.CertificateException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Checks that a request came from Alexa, as Amazon requires of a skill hosted as a web service, with the ASK
 * SDK's own verifiers: the certificate chain (trusted by the JVM's trust store, naming echo-api.amazon.com), the
 * Signature-256 header over the raw body, and the timestamp within 150 seconds.
 *
 * <p>In front of them, what the SDK does not bound: it caches each certificate for the life of the process under
 * the URL's exact text, and retries a failed download for seconds. So only Amazon's one canonical spelling of a
 * certificate URL reaches it (anything else is refused at once, and {@code :443} is spelt without the port), a
 * certificate that could not be had is remembered for a while, at most {@link CertificateDownloads#MAX_CERTIFICATES}
 * URLs are ever handed to it, and {@link CertificateDownloads} shares its download slots fairly.
 */
final class RequestVerifier {

    static final long TOLERANCE_SECONDS = 150;
    static final String CERTIFICATE_URL_PREFIX = "https://s3.amazonaws.com/echo.api/";
    /** Amazon's form, to the letter: no query, fragment, user info, escapes, dot segments or other port. */
    private static final Pattern CANONICAL = Pattern.compile(
            "https://s3\\.amazonaws\\.com(?::443)?/echo\\.api/[A-Za-z0-9][A-Za-z0-9_-]{0,63}\\.pem");

    private final SkillServletVerifier signature;
    private final SkillServletVerifier timestamp;
    private final CertificateDownloads downloads;

    RequestVerifier(SkillServletVerifier signature, SkillServletVerifier timestamp) {
        this(signature, timestamp, new CertificateDownloads());
    }

    RequestVerifier(SkillServletVerifier signature, SkillServletVerifier timestamp, CertificateDownloads downloads) {
        this.signature = signature;
        this.timestamp = timestamp;
        this.downloads = downloads;
    }

    /** The SDK's verifiers, as production uses them; their trust anchors are the JVM's. */
    static RequestVerifier amazon() {
        return amazon(CertificateDownloads.MAX_CERTIFICATES);
    }

    static RequestVerifier amazon(int maxCertificates) {
        return new RequestVerifier(new SkillRequestSignatureVerifier(),
                new SkillRequestTimestampVerifier(TOLERANCE_SECONDS, TimeUnit.SECONDS),
                new CertificateDownloads(System::nanoTime, maxCertificates));
    }

    /** Why a request is refused, for the client; the log counts the code. */
    record Rejection(int status, String code, String message) {
    }

    /** @return the URL as the SDK is given it, or empty when it is not Amazon's canonical form */
    static Optional<String> canonical(String certificateUrl) {
        if (certificateUrl == null || certificateUrl.length() > 128 || !CANONICAL.matcher(certificateUrl).matches()) {
            return Optional.empty();
        }
        return Optional.of(CERTIFICATE_URL_PREFIX + certificateUrl.substring(certificateUrl.lastIndexOf('/') + 1));
    }

    Optional<Rejection> check(String signatureHeader, String certificateUrl, byte[] body) {
        if (signatureHeader == null || certificateUrl == null) {
            return reject("unsigned", "the request has no Signature-256 or SignatureCertChainUrl header");
        }
        Optional<String> url = canonical(certificateUrl);
        if (url.isEmpty()) {
            return reject("bad_certificate_url", "SignatureCertChainUrl must be https://s3.amazonaws.com/echo.api/<name>.pem");
        }
        AlexaHttpBody request = new AlexaHttpBody(signatureHeader, url.get(), body);
        CertificateDownloads.Ticket ticket = downloads.admit(url.get());
        switch (ticket.verdict()) {
            case FAILED_RECENTLY -> {
                return reject("bad_certificate", "the signing certificate could not be retrieved or verified");
            }
            case BUSY -> {
                return Optional.of(new Rejection(503, "busy", "try again"));
            }
            default -> {
                // KNOWN (the SDK has it cached) or DOWNLOAD (this request fetches it, its slot held till the end)
            }
        }
        try {
            signature.verify(request);
            ticket.done(true);
        } catch (SecurityException e) {
            // the SDK caches a certificate once its chain checks out, before it looks at the signature
            boolean certificateFailed = causedByCertificate(e);
            ticket.done(!certificateFailed);
            return certificateFailed
                    ? reject("bad_certificate", "the signing certificate could not be retrieved or verified")
                    : reject("bad_signature", "the request signature could not be verified");
        } catch (RuntimeException | Error e) {
            ticket.done(false);
            throw e;
        }
        if (request.getDeserializedRequestEnvelope() == null) {
            // signed by Alexa yet not a request the skill can bind: the skill refuses it, with the reason
            return Optional.empty();
        }
        try {
            timestamp.verify(request);
        } catch (SecurityException e) {
            return reject("bad_timestamp", "the request timestamp is missing or more than 150 seconds off");
        }
        return Optional.empty();
    }

    private static boolean causedByCertificate(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            if (cause instanceof CertificateException) {
                return true;
            }
        }
        return false;
    }

    /** The client hears the code and message; the log gets counts of codes only (never the request's own text). */
    private static Optional<Rejection> reject(String code, String message) {
        return Optional.of(new Rejection(400, code, message));
    }
}

package com.heroinfacts.local;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Who may make the SDK download a certificate, and when. A URL the SDK has cached costs nothing; one whose download
 * failed is refused for {@link #FAILURE_MEMORY_NANOS}; at most {@link #SLOTS} downloads run at once, one per URL
 * (requests for a URL being fetched wait for that fetch), and when a slot frees the URL with the most requests
 * waiting goes next. Forged requests name a fresh URL each (a repeated one is remembered as failed), while Alexa's
 * own requests share one, so after a restart Alexa's certificate is fetched ahead of a flood of forgeries.
 */
final class CertificateDownloads {

    static final int SLOTS = 2;
    /** The SDK keeps every certificate it has fetched for the life of the process: it is given no more URLs than this. */
    static final int MAX_CERTIFICATES = 16;
    static final long FAILURE_MEMORY_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int FAILURES_REMEMBERED = 4096;
    private static final int MAX_WAITING = 32;
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(3);

    enum Verdict { KNOWN, DOWNLOAD, FAILED_RECENTLY, BUSY }

    /** What a request may do; {@link #done} reports a download's outcome (and is harmless otherwise). */
    final class Ticket {
        private final Verdict verdict;
        private final String url;
        private boolean finished;

        private Ticket(Verdict verdict, String url) {
            this.verdict = verdict;
            this.url = url;
        }

        Verdict verdict() {
            return verdict;
        }

        /** @param cached whether the SDK now holds the certificate (its chain checked out) */
        void done(boolean cached) {
            if (verdict == Verdict.DOWNLOAD && !finished) {
                finished = true;
                finish(url, cached);
            }
        }
    }

    private final LongSupplier clock;
    private final Set<String> known = new HashSet<>();
    private final LinkedHashMap<String, Long> failedUntil = new LinkedHashMap<>();
    private final Set<String> downloading = new HashSet<>();
    private final Map<String, Integer> waiting = new HashMap<>();
    private int waiters;

    private final int maxCertificates;

    CertificateDownloads() {
        this(System::nanoTime);
    }

    CertificateDownloads(LongSupplier clock) {
        this(clock, MAX_CERTIFICATES);
    }

    CertificateDownloads(LongSupplier clock, int maxCertificates) {
        this.clock = clock;
        this.maxCertificates = maxCertificates;
    }

    synchronized Ticket admit(String url) {
        Verdict settled = settled(url);
        if (settled != null) {
            return new Ticket(settled, url);
        }
        if (waiters >= MAX_WAITING) {
            return new Ticket(Verdict.BUSY, url);
        }
        waiting.merge(url, 1, Integer::sum);
        waiters++;
        try {
            long deadline = clock.getAsLong() + WAIT_NANOS;
            while (true) {
                settled = settled(url);
                if (settled != null) {
                    return new Ticket(settled, url);
                }
                if (!downloading.contains(url) && downloading.size() < SLOTS && mostWanted(url)) {
                    downloading.add(url);
                    return new Ticket(Verdict.DOWNLOAD, url);
                }
                long left = deadline - clock.getAsLong();
                if (left <= 0) {
                    return new Ticket(Verdict.BUSY, url);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Ticket(Verdict.BUSY, url);
        } finally {
            waiters--;
            waiting.computeIfPresent(url, (u, n) -> n == 1 ? null : n - 1);
        }
    }

    synchronized int waiting() {
        return waiters;
    }

    synchronized int known() {
        return known.size();
    }

    /** @return the verdict that needs no download, or null when one is needed */
    private Verdict settled(String url) {
        if (known.contains(url)) {
            return Verdict.KNOWN;
        }
        Long until = failedUntil.get(url);
        if (until != null && until - clock.getAsLong() > 0) {
            return Verdict.FAILED_RECENTLY;
        }
        return known.size() >= maxCertificates ? Verdict.FAILED_RECENTLY : null;
    }

    private boolean mostWanted(String url) {
        int mine = waiting.getOrDefault(url, 0);
        for (Map.Entry<String, Integer> other : waiting.entrySet()) {
            if (other.getValue() > mine && !downloading.contains(other.getKey())) {
                return false;
            }
        }
        return true;
    }

    private synchronized void finish(String url, boolean cached) {
        downloading.remove(url);
        if (cached) {
            known.add(url);
            failedUntil.remove(url);
        } else {
            failedUntil.remove(url);
            failedUntil.put(url, clock.getAsLong() + FAILURE_MEMORY_NANOS);
            trimFailures();
        }
        notifyAll();
    }

    private void trimFailures() {
        long now = clock.getAsLong();
        Iterator<Long> oldest = failedUntil.values().iterator();
        while (oldest.hasNext() && failedUntil.size() > FAILURES_REMEMBERED) {
            oldest.next();
            oldest.remove();
        }
        failedUntil.values().removeIf(until -> until - now <= 0);
    }
}

package com.heroinfacts.local;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Rejected requests as one WARN line per interval at most: a count per status and code, never the request's
 * own text (its URL, headers or body are the attacker's words), so a flood cannot flood the log.
 */
final class RejectionLog {

    static final long INTERVAL_NANOS = 10_000_000_000L;
    private static final Logger LOG = LoggerFactory.getLogger(RejectionLog.class);

    private final LongSupplier clock;
    private final Map<String, Integer> counts = new TreeMap<>();
    private long intervalStarted;
    private boolean first = true;

    RejectionLog() {
        this(System::nanoTime);
    }

    RejectionLog(LongSupplier clock) {
        this.clock = clock;
        this.intervalStarted = clock.getAsLong();
    }

    /** Counts one rejection; writes the interval's counts when the interval is over (the first at once). */
    synchronized void rejected(int status, String code) {
        counts.merge(status + " " + code, 1, Integer::sum);
        long now = clock.getAsLong();
        if (first || now - intervalStarted >= INTERVAL_NANOS) {
            first = false;
            flush(now);
        }
    }

    /** Writes what is counted and not yet written (when the server stops). */
    synchronized void flush() {
        flush(clock.getAsLong());
    }

    private void flush(long now) {
        if (!counts.isEmpty()) {
            LOG.warn("rejected since last said: {}", counts);
            counts.clear();
        }
        intervalStarted = now;
    }
}

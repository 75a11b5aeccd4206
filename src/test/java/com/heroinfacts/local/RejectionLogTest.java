package com.heroinfacts.local;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A flood of rejections is a few counted lines, not a line each. */
class RejectionLogTest {

    @Test
    void the_first_rejection_is_said_at_once_and_the_rest_as_counts_per_interval() {
        AtomicLong now = new AtomicLong();
        RejectionLog rejections = new RejectionLog(now::get);
        try (LogCapture log = LogCapture.start()) {
            rejections.rejected(400, "bad_signature");
            for (int i = 0; i < 10_000; i++) {
                rejections.rejected(400, i % 2 == 0 ? "bad_signature" : "unsigned");
                now.addAndGet(1_000_000);
            }
            rejections.rejected(413, "too_large");
            rejections.flush();

            assertThat(log.text().lines().filter(line -> line.contains("rejected since last said"))).hasSize(2);
            assertThat(log.text()).contains("{400 bad_signature=1}").contains("400 unsigned=").contains("413 too_large=");
        }
    }
}

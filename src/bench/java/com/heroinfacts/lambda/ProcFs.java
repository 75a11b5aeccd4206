package com.heroinfacts.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A live process's CPU time and peak memory, read from /proc (Linux). */
final class ProcFs {

    /** The kernel's clock ticks per second for /proc/[pid]/stat, 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private ProcFs() {
    }

    /**
     * User+sys CPU of every thread so far, in milliseconds: the nanosecond run times in schedstat of the threads
     * still alive, or the process's tick counts when those are higher (threads that already ended count there).
     */
    static double cpuMillis(long pid) throws IOException {
        Path proc = Path.of("/proc", Long.toString(pid));
        String line = Files.readString(proc.resolve("stat"));
        String[] stat = line.substring(line.lastIndexOf(')') + 2).split(" ");
        // fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the command name
        double ticks = (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * 1000 / TICKS_PER_SECOND;
        long nanos = 0;
        try (Stream<Path> threads = Files.list(proc.resolve("task"))) {
            for (Path thread : threads.toList()) {
                try {
                    nanos += Long.parseLong(Files.readString(thread.resolve("schedstat")).split(" ")[0]);
                } catch (IOException ended) {
                    // the thread ended while being read; the process's ticks still hold its time
                }
            }
        }
        return Math.max(ticks, nanos / 1e6);
    }

    /** The resident set's high-water mark (VmHWM), in KB. */
    static long peakRssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmHWM for " + pid);
    }
}

package com.heroinfacts.skill;

/**
 * What may reach a log from a request. Ids and type names arrive from outside and could carry line breaks or
 * worse; exception messages can quote the input (Jackson's do), so errors are logged by type and stack only.
 */
public final class LogSafe {

    private static final int MAX_LENGTH = 100;
    private static final int MAX_CAUSES = 8;

    private LogSafe() {
    }

    /** An id or a type name, reduced to characters that cannot forge a log line, and cut short. */
    public static String token(String value) {
        if (value == null) {
            return "-";
        }
        String safe = value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
        safe = safe.replaceAll("[^A-Za-z0-9._:-]", "?");
        return value.length() > MAX_LENGTH ? safe + "..." : safe;
    }

    /**
     * The same failure with every message dropped: each exception in the cause chain becomes one named after
     * the original's class, with the original's stack trace. Logging this keeps the where and drops the what.
     */
    public static Throwable redacted(Throwable failure) {
        return redacted(failure, 0);
    }

    private static Throwable redacted(Throwable failure, int depth) {
        Throwable cause = failure.getCause();
        boolean followCause = cause != null && cause != failure && depth < MAX_CAUSES;
        Redacted copy = new Redacted(failure.getClass().getName(), followCause ? redacted(cause, depth + 1) : null);
        copy.setStackTrace(failure.getStackTrace());
        return copy;
    }

    /** Stands in for a logged exception; its message is the original's class name. */
    static final class Redacted extends Exception {
        private static final long serialVersionUID = 1L;

        Redacted(String originalClass, Throwable cause) {
            super(originalClass, cause, false, true);
        }
    }
}

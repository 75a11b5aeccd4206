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
        // a loop rather than a regex: this runs several times for every request
        int length = Math.min(value.length(), MAX_LENGTH);
        StringBuilder safe = new StringBuilder(length + 3);
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '.' || c == '_' || c == ':' || c == '-';
            safe.append(allowed ? c : '?');
        }
        return value.length() > MAX_LENGTH ? safe.append("...").toString() : safe.toString();
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

package com.heroinfacts.local;

import org.eclipse.jetty.io.Connection;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A deadline per connection for the whole of its next request (request line, headers and body), counted from
 * when the connection opened or its previous answer went: a client that sends a byte now and then keeps Jetty's
 * idle timeout happy forever, so it is this that cuts slow and idle connections. While the skill works on a
 * request the connection has no deadline: the server is the slow one then.
 */
final class ConnectionDeadlines implements Connection.Listener, AutoCloseable {

    private static final long NONE = Long.MAX_VALUE;

    private final long deadlineNanos;
    private final Map<Connection, Long> deadlines = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "skill-http-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    ConnectionDeadlines(long deadlineMillis) {
        this.deadlineNanos = TimeUnit.MILLISECONDS.toNanos(deadlineMillis);
        sweeper.scheduleWithFixedDelay(this::sweep, 100, 100, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        deadlines.put(connection, System.nanoTime() + deadlineNanos);
    }

    @Override
    public void onClosed(Connection connection) {
        deadlines.remove(connection);
    }

    /** The request has been read: the skill's time is not the client's. */
    void requestRead(Connection connection) {
        deadlines.computeIfPresent(connection, (c, d) -> NONE);
    }

    /** The answer has gone: the next request (or the connection's end) is due within the deadline. */
    void answered(Connection connection) {
        deadlines.computeIfPresent(connection, (c, d) -> System.nanoTime() + deadlineNanos);
    }

    int open() {
        return deadlines.size();
    }

    private void sweep() {
        long now = System.nanoTime();
        deadlines.forEach((connection, deadline) -> {
            if (deadline != NONE && now - deadline > 0) {
                deadlines.remove(connection);
                connection.getEndPoint().close();
            }
        });
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}

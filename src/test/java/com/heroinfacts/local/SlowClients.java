package com.heroinfacts.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Many loopback connections that each send the start of a request and then a byte now and then (a slowloris), or
 * nothing more at all. For the attack tests and the attack benchmark; everything stops when closed.
 */
final class SlowClients implements AutoCloseable {

    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "slow-clients");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param prefix what each connection sends at once
     * @param drip   what each sends every {@code everyMillis} afterwards (one byte); null to send nothing more
     */
    static SlowClients open(int port, int count, String prefix, String drip, long everyMillis) throws IOException {
        SlowClients clients = new SlowClients();
        byte[] first = prefix.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(100);
            socket.getOutputStream().write(first);
            socket.getOutputStream().flush();
            clients.sockets.add(socket);
        }
        if (drip != null) {
            byte[] bytes = drip.getBytes(StandardCharsets.US_ASCII);
            clients.trickle.scheduleWithFixedDelay(() -> clients.drip(bytes), everyMillis, everyMillis, TimeUnit.MILLISECONDS);
        }
        return clients;
    }

    /** Opens connections that each get one keep-alive answer and then sit idle. */
    static SlowClients idleKeepAlives(int port, int count) throws IOException {
        SlowClients clients = open(port, count, "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n", null, 0);
        for (Socket socket : clients.sockets) {
            socket.setSoTimeout(5_000);
            byte[] answer = new byte[256];
            int read = socket.getInputStream().read(answer);
            if (read <= 0 || !new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200")) {
                throw new IOException("no keep-alive answer");
            }
        }
        return clients;
    }

    int count() {
        return sockets.size();
    }

    /** @return how many connections the server has closed (end of stream or reset), reading what it sent */
    int closedByServer() {
        int closed = 0;
        for (Socket socket : sockets) {
            if (closed(socket)) {
                closed++;
            }
        }
        return closed;
    }

    private static boolean closed(Socket socket) {
        try {
            socket.setSoTimeout(50);
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[1024];
            while (true) {
                if (in.read(buffer) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private void drip(byte[] bytes) {
        for (Socket socket : sockets) {
            if (!socket.isOutputShutdown() && !socket.isClosed()) {
                try {
                    socket.getOutputStream().write(bytes);
                } catch (IOException cut) {
                    closeQuietly(socket);
                }
            }
        }
    }

    @Override
    public void close() {
        trickle.shutdownNow();
        sockets.forEach(SlowClients::closeQuietly);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing left to do with it
        }
    }
}

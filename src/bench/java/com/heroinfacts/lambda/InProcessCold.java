package com.heroinfacts.lambda;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start measured from inside: from main's first line to the first response's bytes (the handler built as
 * Lambda builds it, then one request), printed in microseconds. The JVM's own start is what the process adds.
 */
public final class InProcessCold {

    private InProcessCold() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        byte[] request = Files.readAllBytes(Path.of(args[0]));
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        new HeroinFactsStreamHandler().handleRequest(new ByteArrayInputStream(request), response, null);
        long micros = (System.nanoTime() - started) / 1_000;
        if (response.size() == 0) {
            throw new IllegalStateException("no response");
        }
        System.out.println(micros);
    }
}

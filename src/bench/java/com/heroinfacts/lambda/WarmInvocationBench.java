package com.heroinfacts.lambda;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * A full warm invocation, request JSON bytes in and response JSON bytes out, through the Lambda handler as Lambda
 * builds it, for Launch and a topic question. The request log line is written, to /dev/null, as it is written to
 * CloudWatch in Lambda.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.logFile=/dev/null")
public class WarmInvocationBench {

    private HeroinFactsStreamHandler handler;
    private byte[] launch;
    private byte[] topicQuestion;

    @Setup
    public void setUp() {
        handler = new HeroinFactsStreamHandler();
        launch = Priming.request("launch.json", "amzn1.ask.skill.bench", "en-US", null);
        topicQuestion = Priming.request("intent.json", "amzn1.ask.skill.bench", "en-US", "StimulantOrDepressantIntent");
    }

    /** The floor: request bytes copied to the response, through the same streams, and nothing else. */
    @Benchmark
    public byte[] floorEcho() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        new ByteArrayInputStream(topicQuestion).transferTo(out);
        return out.toByteArray();
    }

    @Benchmark
    public byte[] launch() throws IOException {
        return invoke(launch);
    }

    @Benchmark
    public byte[] topicQuestion() throws IOException {
        return invoke(topicQuestion);
    }

    private byte[] invoke(byte[] request) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        handler.handleRequest(new ByteArrayInputStream(request), out, null);
        return out.toByteArray();
    }
}

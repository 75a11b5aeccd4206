package com.heroinfacts.lambda;

/** The JVM floor: a main that prints one line, started the same way as the thing measured beside it. */
public final class HelloWorld {

    private HelloWorld() {
    }

    public static void main(String[] args) {
        System.out.println("{\"hello\":\"world\"}");
    }
}

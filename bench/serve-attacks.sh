#!/usr/bin/env bash
# /health and launch latency of the shipped jar's `serve` under each attack of issue 10, and its RSS after each
# (BENCHMARKS.md, "serve under attack"). Loopback only; the certificate is this run's own (no network).
#
#   bench/serve-attacks.sh [probes per attack, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp -Pbench -DskipTests package
./mvnw -q -B -ntp -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
echo "bench/serve-attacks.sh $* on $(nproc) cores, $(java -version 2>&1 | head -1)"
java -Dbench.probes="${1:-200}" -cp "$cp" com.heroinfacts.local.ServeAttackBench target/heroin-facts.jar

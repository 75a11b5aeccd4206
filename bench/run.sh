#!/usr/bin/env bash
# The benchmarks behind BENCHMARKS.md: cold starts (invoke and the Lambda runtime client, with the JVM floor of the
# same run), priming (the first request after the SnapStart hook), warm invocations (JMH), jar size.
#
#   bench/run.sh [--smoke] [--runs N] [--jdk /path/to/java]... [--baseline jar name] [cold] [priming] [warm]
#
# With no section named, all run. --baseline adds the invoke command of another build of the skill (a jar, and a
# name for it) to the cold starts, to compare against. --jdk may be given more than once (default: the java on PATH). --smoke runs each
# benchmark once, briefly, to show it still works: its figures mean nothing, and nothing here asserts a time.
# Results are printed and kept in target/bench/results-<time>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=15
jmh=(-f 2 -wi 5 -i 5 -w 1s -r 1s)
smoke=false
jdks=()
sections=()
baseline=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true; runs=1; jmh=(-f 1 -wi 1 -i 1 -w 200ms -r 200ms); shift ;;
    --runs) runs="$2"; shift 2 ;;
    --jdk) jdks+=("$2"); shift 2 ;;
    --baseline) baseline=(-Dbench.baseline="$2" -Dbench.baselineName="$3"); shift 3 ;;
    cold|priming|warm) sections+=("$1"); shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ ${#jdks[@]} -gt 0 ] || jdks=("$(command -v java)")
[ ${#sections[@]} -gt 0 ] || sections=(cold priming warm)
wants() { [[ " ${sections[*]} " == *" $1 "* ]]; }

./mvnw -q -B -ntp -Pbench -DskipTests package
./mvnw -q -B -ntp -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
mkdir -p target/bench
results="target/bench/results-$(date -u +%Y%m%dT%H%M%SZ).md"
# Lambda's own JVM options for java21 (LambdaRuntimeProcess.LAMBDA_JVM_OPTIONS), for the in-process runs
lambda_flags=(-XX:+UseSerialGC -XX:+TieredCompilation -XX:TieredStopAtLevel=1)

{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)$($smoke && echo '; SMOKE RUN: figures mean nothing')"
  echo
  echo "Jar: target/heroin-facts.jar, $(stat -c %s target/heroin-facts.jar) bytes ($(unzip -Z1 target/heroin-facts.jar | grep -c '\.class$') classes)"

  if wants cold; then
    echo
    echo "## Cold starts"
    java "${baseline[@]}" -cp "$cp" com.heroinfacts.lambda.ColdStartBench "$runs" "${jdks[@]}"
  fi

  if wants priming; then
    echo
    echo "## Priming: the first request after the SnapStart hook"
    for jdk in "${jdks[@]}"; do
      java -cp "$cp" com.heroinfacts.lambda.PrimingBench "$runs" "$jdk" "${lambda_flags[@]}"
      java -cp "$cp" com.heroinfacts.lambda.PrimingBench "$runs" "$jdk"
    done
  fi

  if wants warm; then
    echo
    echo "## Warm: a full invocation, request bytes to response bytes (JMH)"
    for jdk in "${jdks[@]}"; do
      echo
      echo "### $jdk, default flags"
      echo '```'
      java -cp "$cp" org.openjdk.jmh.Main WarmInvocationBench -jvm "$jdk" "${jmh[@]}" 2>&1 | sed -n '/^Benchmark /,$p'
      echo '```'
      echo
      echo "### $jdk, Lambda's flags (${lambda_flags[*]})"
      echo '```'
      java -cp "$cp" org.openjdk.jmh.Main WarmInvocationBench -jvm "$jdk" "${jmh[@]}" \
        -jvmArgsAppend "${lambda_flags[*]}" 2>&1 | sed -n '/^Benchmark /,$p'
      echo '```'
    done
  fi
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results"
echo "kept in $results" >&2

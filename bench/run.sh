#!/usr/bin/env bash
# The benchmarks behind BENCHMARKS.md: cold starts (invoke and the Lambda runtime client, with the JVM floor of the
# same run), priming (the first request after the SnapStart hook), warm invocations (JMH), jar size.
#
#   bench/run.sh [--smoke] [--brief] [--runs N] [--jdk /path/to/java]... [--baseline dir name] [cold] [priming] [warm]
#
# With no section named, all run. --baseline runs another build of the skill beside this one, in every section: dir
# is a checkout of it built with `./mvnw -Pbench -DskipTests package` and its bench classpath written as below (see
# BENCHMARKS.md); its own PrimingBench and WarmInvocationBench measure it. --jdk may be given more than once
# (default: the java on PATH). --brief measures priming and warm invocations under Lambda's flags only, with one JMH
# fork of 3+3 iterations. --smoke runs each benchmark once, briefly, to show it still works: its figures mean
# nothing, and nothing here asserts a time.
# Results are printed and kept in target/bench/results-<time>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=15
jmh=(-f 2 -wi 5 -i 5 -w 1s -r 1s)
smoke=false
jdks=()
sections=()
baseline=()
base_dir=""
base_name=""
brief=false
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true; runs=1; jmh=(-f 1 -wi 1 -i 1 -w 200ms -r 200ms); shift ;;
    --runs) runs="$2"; shift 2 ;;
    --jdk) jdks+=("$2"); shift 2 ;;
    --baseline) base_dir="$2"; base_name="$3"; shift 3 ;;
    --brief) brief=true; jmh=(-f 1 -wi 3 -i 3 -w 1s -r 1s); shift ;;
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
# each build's bench classes and classpath: this one's, and the baseline's when given
builds=("this branch|$cp|")
if [ -n "$base_dir" ]; then
  rm -rf target/bench/baseline-task && mkdir -p target/bench/baseline-task
  unzip -q "$base_dir/target/heroin-facts.jar" -d target/bench/baseline-task
  baseline=(-Dbench.baseline="$base_dir/target/heroin-facts.jar" -Dbench.baselineName="$base_name"
            -Dbench.baselineTaskRoot=target/bench/baseline-task)
  base_cp="$base_dir/target/test-classes:$base_dir/target/classes:$(cat "$base_dir/target/bench-classpath.txt")"
  # the baseline's warm benchmark compared two paths; its handler as deployed was the streaming one
  builds+=("$base_name|$base_cp|-p path=streaming")
fi

{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)$($smoke && echo '; SMOKE RUN: figures mean nothing')"
  echo
  echo "Jar: target/heroin-facts.jar, $(stat -c %s target/heroin-facts.jar) bytes ($(unzip -Z1 target/heroin-facts.jar | grep -c '\.class$') classes)"
  [ -z "$base_dir" ] || echo "Baseline jar ($base_name): $(stat -c %s "$base_dir/target/heroin-facts.jar") bytes ($(unzip -Z1 "$base_dir/target/heroin-facts.jar" | grep -c '\.class$') classes)"

  if wants cold; then
    echo
    echo "## Cold starts"
    java "${baseline[@]}" -cp "$cp" com.heroinfacts.lambda.ColdStartBench "$runs" "${jdks[@]}"
  fi

  if wants priming; then
    echo
    echo "## Priming: the first request after the SnapStart hook"
    for jdk in "${jdks[@]}"; do
      for build in "${builds[@]}"; do
        IFS='|' read -r name build_cp _ <<< "$build"
        echo
        echo "### $name"
        java -cp "$build_cp" com.heroinfacts.lambda.PrimingBench "$runs" "$jdk" "${lambda_flags[@]}"
        $brief || java -cp "$build_cp" com.heroinfacts.lambda.PrimingBench "$runs" "$jdk"
      done
    done
  fi

  if wants warm; then
    echo
    echo "## Warm: a full invocation, request bytes to response bytes (JMH)"
    for jdk in "${jdks[@]}"; do
      for build in "${builds[@]}"; do
        IFS='|' read -r name build_cp params <<< "$build"
        if ! $brief; then
          echo
          echo "### $name, $jdk, default flags"
          echo '```'
          java -cp "$build_cp" org.openjdk.jmh.Main WarmInvocationBench -jvm "$jdk" "${jmh[@]}" $params 2>&1 | sed -n '/^Benchmark /,$p'
          echo '```'
        fi
        echo
        echo "### $name, $jdk, Lambda's flags (${lambda_flags[*]})"
        echo '```'
        java -cp "$build_cp" org.openjdk.jmh.Main WarmInvocationBench -jvm "$jdk" "${jmh[@]}" $params \
          -jvmArgsAppend "${lambda_flags[*]}" 2>&1 | sed -n '/^Benchmark /,$p'
        echo '```'
      done
    done
  fi
  echo
  echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results"
echo "kept in $results" >&2

#!/usr/bin/env bash
# Load benchmark of the local HTTP endpoint: starts `serve --no-verify` on 127.0.0.1, drives it with wrk (a second
# process, loopback only) for DURATION at each concurrency in LEVELS with a mix of Launch, topic and Yes/No
# requests, and prints requests/s, p50/p99/max latency, errors and the server's RSS before and after. Stops the
# server when done. Bounded: one 10 s warm-up, then DURATION per level.
#   bench/load.sh                      # 30 s at concurrency 1, 16 and 64
#   DURATION=10s LEVELS="16" bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
LEVELS=${LEVELS:-"1 16 64"}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=target/heroin-facts.jar
OUT=target/bench
mkdir -p "$OUT"

if [[ ! -f $JAR ]] || [[ -n $(find src pom.xml skill-package -newer "$JAR" -type f | head -1) ]]; then
  echo "building $JAR"
  ./mvnw -q -DskipTests package
fi
if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
if (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; then
  echo "port $PORT is taken; set PORT" >&2
  exit 1
fi

# the fixtures' skill id, so that the SKILL_ID check runs as in production
SKILL_ID=amzn1.ask.skill.5c3f2a9e-7d41-4b8a-9e0f-2a6b1c4d8e70 \
  java $JAVA_OPTS -jar "$JAR" serve --host 127.0.0.1 --port "$PORT" --no-verify >"$OUT/serve.out" 2>"$OUT/serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT

for _ in $(seq 100); do
  if curl -sf "http://127.0.0.1:$PORT/health" >/dev/null; then break; fi
  sleep 0.1
done
rss() { echo "$(( $(ps -o rss= -p "$SERVER") / 1024 )) MiB"; }

echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "server:  java ${JAVA_OPTS:+$JAVA_OPTS }-jar $JAR serve --no-verify (pid $SERVER, log $OUT/serve.log)"
echo "RSS after start: $(rss)"
wrk -t2 -c16 -d10s -s bench/mix.lua "http://127.0.0.1:$PORT/" >/dev/null
echo "RSS after 10 s warm-up at concurrency 16: $(rss)"
for c in $LEVELS; do
  threads=$(( c < 2 ? 1 : 2 ))
  result=$(wrk -t"$threads" -c"$c" -d"$DURATION" -s bench/mix.lua "http://127.0.0.1:$PORT/" | grep '^RESULT')
  echo "concurrency $c ($DURATION, $threads wrk threads): ${result#RESULT } RSS after: $(rss)"
done
curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && echo "/health after: 200"

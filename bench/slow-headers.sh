#!/usr/bin/env bash
# The slow-loris benchmark of issue 10 (decision record 0006): starts the production jar, then a load JVM that
# measures the secretary's decision latency and a member's login + agenda view in Chromium, first on a quiet
# server and then while a persistent attacker tries to hold COUNT half-open connections (one header line every
# 10 s). Prints a Markdown table and appends it, dated, to docs/benchmarks.md. Stops by itself (BENCH_TIMEOUT).
#
#   bench/slow-headers.sh                 # 12,000 half-open connections, 10 decisions, 5 page loads
#   COUNT=3000 bench/slow-headers.sh
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18082}
COUNT=${COUNT:-12000}
ROUNDS=${ROUNDS:-10}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-600}
SERVER_JVM_FLAGS=${SERVER_JVM_FLAGS:--Xms1g -Xmx4g}
WORK=target/bench-slow-headers

# Each side holds one socket per half-open connection.
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt $((COUNT + 1000)) ]; then
    echo "Need at least $((COUNT + 1000)) open files per process; the hard limit is $(ulimit -Hn)" >&2
    exit 1
fi
if curl -s -o /dev/null "http://localhost:$PORT/"; then
    echo "Port $PORT is already in use; choose PORT" >&2
    exit 1
fi

if [ -z "${SKIP_BUILD:-}" ]; then
    ./mvnw -o -q package -DskipTests
fi
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test
rm -rf "$WORK/data"
mkdir -p "$WORK"

# shellcheck disable=SC2086
"$JAVA" $SERVER_JVM_FLAGS -jar target/plenum-0.1.0-SNAPSHOT.jar --server.port="$PORT" \
    --plenum.store.data-dir="$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
# Demo accounts exist a moment after the first answer: wait for a secretariat login to work.
for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -u sekretariat:demo "http://localhost:$PORT/api/meetings" || true)" = 200 ]; then
        break
    fi
    kill -0 "$SERVER_PID" || { echo "The server died; see $WORK/server.log" >&2; exit 1; }
    sleep 0.2
done

timeout "$BENCH_TIMEOUT" "$JAVA" -Xmx2g -DCONSOLE_LOG_THRESHOLD=WARN \
    -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" dk.plenum.bench.SlowHeaderBench \
    "$PORT" "$SERVER_PID" "$COUNT" "$ROUNDS" | tee "$WORK/results.md"

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src bench || echo "+changes")
{
    echo
    echo "## Run of bench/slow-headers.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Commit: $commit; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr); server flags \`$SERVER_JVM_FLAGS\`"
    echo "- Command: \`COUNT=$COUNT ROUNDS=$ROUNDS bench/slow-headers.sh\`"
    echo
    cat "$WORK/results.md"
} >> docs/benchmarks.md
echo "Appended to docs/benchmarks.md"

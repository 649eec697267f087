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
# shellcheck source=bench/plenum-server.sh
. bench/plenum-server.sh
build_jar_and_load_classpath
start_plenum

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

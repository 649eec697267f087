#!/usr/bin/env bash
# Benchmarks of issue 6: starts the production jar (embedded store, durable), the baseline (a bare
# Spring Boot STOMP broadcast app from the test sources) and a separate load JVM on this machine, runs
# the scenarios and appends a dated section to docs/benchmarks.md.
#
#   bench/run.sh                         # 1,000, 5,000 and 10,000 observers, 10,000 public page viewers, then 10 secretaries
#   OBSERVERS=1000 bench/run.sh          # fewer runs
#   VAADIN_UIS= bench/run.sh             # without the Vaadin UIs (100 and 500 of each view)
#   OBSERVERS= SECRETARIES=0 VAADIN_UIS= VOTE_MEMBERS=0 bench/run.sh   # 10,000 public page viewers and page loads only
#   OBSERVERS= SECRETARIES=0 VAADIN_UIS= PAGE_LOADS=0 bench/run.sh   # the electronic vote only
#
# Everything is bounded: each scenario has a fixed number of events, the load JVM is killed after
# BENCH_TIMEOUT seconds, and both servers are stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18080}
BASELINE_PORT=${BASELINE_PORT:-18081}
OBSERVERS=${OBSERVERS-1000,5000,10000}   # empty: commands only
DECISIONS=${DECISIONS:-100}          # each preceded by a current-item event: 2 events per decision
# Twice a second: ten times a busy secretariat, and the pace of the design notes' bare-broker figures.
# At 25/s every observer gets 25 frames a second and 5,000+ observers saturate two cores (docs/benchmarks.md).
EVENTS_PER_SECOND=${EVENTS_PER_SECOND:-2}
SECRETARIES=${SECRETARIES:-10}          # 0: no command scenario
DECISIONS_EACH=${DECISIONS_EACH:-500}
PAGE_LOADS=${PAGE_LOADS:-5}             # cold + warm loads of the agenda view and the public page in Chromium; 0: none
# Browsers on the public page /live/{id} (issue 14): page, snapshot, STOMP with heart-beats; empty: none.
PAGE_VIEWERS=${PAGE_VIEWERS-10000}
VAADIN_UIS=${VAADIN_UIS-100,500}        # Vaadin UIs of each view (observer, member); empty: none
# The electronic vote (issue 13): members casting at once while observers and members' UIs follow; 0 members: none.
VOTE_MEMBERS=${VOTE_MEMBERS:-50}
VOTE_OBSERVERS=${VOTE_OBSERVERS:-5000}
VOTE_UIS=${VOTE_UIS:-100}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-3300}   # the whole run takes about 35 minutes
SERVER_JVM_FLAGS=${SERVER_JVM_FLAGS:--Xms1g -Xmx4g}
LOAD_JVM_FLAGS=${LOAD_JVM_FLAGS:--Xms1g -Xmx6g}
WORK=target/bench

# Each side holds one socket per observer, plus the JVM's own files.
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt 12000 ]; then
    echo "Need at least 12000 open files per process for 10,000 observers; the hard limit is $(ulimit -Hn)" >&2
    exit 1
fi

# The machine is shared: never load someone else's server by mistake.
for port in "$PORT" "$BASELINE_PORT"; do
    if curl -s -o /dev/null "http://localhost:$port/"; then
        echo "Port $port is already in use (another bench run?); choose PORT or BASELINE_PORT" >&2
        exit 1
    fi
done

if [ -z "${SKIP_BUILD:-}" ]; then
    ./mvnw -o -q package -DskipTests
fi
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test
rm -rf "$WORK/data"
mkdir -p "$WORK"

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
started_ns=$(date +%s%N)
# shellcheck disable=SC2086
"$JAVA" $SERVER_JVM_FLAGS -jar target/plenum-0.1.0-SNAPSHOT.jar --server.port="$PORT" --management.server.port=0 \
    --plenum.store.data-dir="$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" ${BASELINE_PID:-} 2>/dev/null || true' EXIT

for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/api/meetings" || true)" = 200 ]; then
        break
    fi
    kill -0 "$SERVER_PID" || { echo "The server died; see $WORK/server.log" >&2; exit 1; }
    sleep 0.1
done
start_ms=$(( ($(date +%s%N) - started_ns) / 1000000 ))
echo "Server up after $start_ms ms (pid $SERVER_PID)"

# The fan-out scenario's baseline, started after Plenum's start was timed, with the same JVM flags.
# shellcheck disable=SC2086
"$JAVA" $SERVER_JVM_FLAGS -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" \
    dk.plenum.bench.baseline.BroadcastApp --server.port="$BASELINE_PORT" > "$WORK/baseline.log" 2>&1 &
BASELINE_PID=$!
for _ in $(seq 1 600); do
    if curl -s -o /dev/null "http://localhost:$BASELINE_PORT/"; then # any HTTP answer: Tomcat is up
        break
    fi
    kill -0 "$BASELINE_PID" || { echo "The baseline died; see $WORK/baseline.log" >&2; exit 1; }
    sleep 0.1
done
echo "Baseline up (pid $BASELINE_PID)"

# Console logs at WARN: the load JVM's stdout is the results (starting Playwright wakes an INFO line of ical4j's).
# shellcheck disable=SC2086
timeout "$BENCH_TIMEOUT" "$JAVA" $LOAD_JVM_FLAGS -DCONSOLE_LOG_THRESHOLD=WARN \
    -Dbench.baseline.port="$BASELINE_PORT" -Dbench.baseline.pid="$BASELINE_PID" -Dbench.pageLoads="$PAGE_LOADS" \
    -Dbench.pageViewers="$PAGE_VIEWERS" -Dbench.vaadinUis="$VAADIN_UIS" \
    -Dbench.voteMembers="$VOTE_MEMBERS" -Dbench.voteObservers="$VOTE_OBSERVERS" -Dbench.voteUis="$VOTE_UIS" \
    -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" dk.plenum.bench.Bench \
    "$PORT" "$SERVER_PID" "$OBSERVERS" "$DECISIONS" "$EVENTS_PER_SECOND" "$SECRETARIES" "$DECISIONS_EACH" \
    | tee "$WORK/results.md"

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src examples bench || echo "+changes")
{
    echo
    echo "## Run of bench/run.sh, $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Commit: $commit; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sr)"
    echo "- JDK: $("$JAVA" -version 2>&1 | head -1); server flags \`$SERVER_JVM_FLAGS\`, load flags \`$LOAD_JVM_FLAGS\`"
    echo "- Load average before the run: $load_before (the machine is shared; the tables show the 1-minute load after each run)"
    echo "- Command: \`OBSERVERS=$OBSERVERS DECISIONS=$DECISIONS EVENTS_PER_SECOND=$EVENTS_PER_SECOND SECRETARIES=$SECRETARIES DECISIONS_EACH=$DECISIONS_EACH PAGE_VIEWERS=$PAGE_VIEWERS VAADIN_UIS=$VAADIN_UIS VOTE_MEMBERS=$VOTE_MEMBERS VOTE_OBSERVERS=$VOTE_OBSERVERS VOTE_UIS=$VOTE_UIS PAGE_LOADS=$PAGE_LOADS bench/run.sh\`"
    echo "- Start: jar launched to first HTTP 200 on \`/api/meetings\`: $start_ms ms"
    echo
    cat "$WORK/results.md"
} >> docs/benchmarks.md
echo "Appended to docs/benchmarks.md"

#!/usr/bin/env bash
# Issue 10's stalled-observer attack: starts the production jar (embedded store) and a load JVM with
# dk.plenum.bench.StalledObserversBench, which subscribes STALLED raw sockets (SUBSCRIPTIONS_EACH subscriptions
# each) that never read and one prompt observer, records DECISIONS large decisions at DECISIONS_PER_SECOND, and
# prints the prompt observer's delay and how many stalled sockets the server closed.
#
#   bench/stalled-observers.sh                          # 2,000 stalled observers, 300 decisions at 4/s
#   STALLED=200 SKIP_BUILD=1 bench/stalled-observers.sh # smaller, jar already built
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18102}
STALLED=${STALLED:-2000}
SUBSCRIPTIONS_EACH=${SUBSCRIPTIONS_EACH:-1}
DECISIONS=${DECISIONS:-300}
DECISIONS_PER_SECOND=${DECISIONS_PER_SECOND:-4}
SERVER_JVM_FLAGS=${SERVER_JVM_FLAGS:--Xms1g -Xmx4g}
WORK=target/bench-stalled

ulimit -n "$(ulimit -Hn)"
# shellcheck source=bench/plenum-server.sh
. bench/plenum-server.sh
build_jar_and_load_classpath
start_plenum

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src examples bench || echo "+changes")
echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
timeout 600 "$JAVA" -Xmx2g -DCONSOLE_LOG_THRESHOLD=WARN \
    -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" dk.plenum.bench.StalledObserversBench \
    "$PORT" "$STALLED" "$SUBSCRIPTIONS_EACH" "$DECISIONS" "$DECISIONS_PER_SECOND"

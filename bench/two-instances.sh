#!/usr/bin/env bash
# Issue 14's two instances through nginx: dk.plenum.bench.TwoInstancesBench starts what TwoInstancesBehindNginxIT
# starts (the embedded store alone, instances a and b sharing it, nginx with deploy/nginx's files), keeps OBSERVERS
# public STOMP observers on each instance through nginx, records DECISIONS decisions on a at DECISIONS_PER_SECOND and
# prints one Markdown row per observer count: from sending a decision to its arrival on b (and on a).
#
#   bench/two-instances.sh                    # 100 and 5,000 observers per instance
#   OBSERVERS=100 bench/two-instances.sh      # the small proof
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
OBSERVERS=${OBSERVERS:-100,5000}
DECISIONS=${DECISIONS:-100}
DECISIONS_PER_SECOND=${DECISIONS_PER_SECOND:-2}
WORK=target/bench-two-instances

if [ ! -x /usr/sbin/nginx ]; then
    echo "Needs nginx at /usr/sbin/nginx (apt-get install -y nginx)" >&2
    exit 1
fi
# Each observer is a socket in the load JVM, two in nginx and one in its instance.
ulimit -n "$(ulimit -Hn)"
mkdir -p "$WORK"
# The instances run from the classes (the test classpath, as in the test), not from the jar: no package needed.
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src examples bench deploy || echo "+changes")
echo "Run of $(date -u '+%Y-%m-%d %H:%M UTC'), commit $commit, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Command: OBSERVERS=$OBSERVERS DECISIONS=$DECISIONS DECISIONS_PER_SECOND=$DECISIONS_PER_SECOND bench/two-instances.sh"
header=header
for observers in ${OBSERVERS//,/ }; do
    # shellcheck disable=SC2086
    timeout 1200 "$JAVA" -Xmx2g -DCONSOLE_LOG_THRESHOLD=WARN \
        -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" dk.plenum.bench.TwoInstancesBench \
        "$observers" "$DECISIONS" "$DECISIONS_PER_SECOND" $header
    header=
done

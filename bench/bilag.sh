#!/usr/bin/env bash
# The Bilag benchmark (issue 12): starts the production jar in demo mode on a fresh store, uploads a 40-page,
# about 10 MB PDF COPIES times (upload throughput, store growth per MB of PDF), then measures in headless
# Chromium at 1024×768 the tap on each copy's link until its first page is on screen, and the next page.
# Prints Markdown table rows for docs/benchmarks.md. About two minutes; stops the server on exit.
#
#   bench/bilag.sh              # 5 copies
#   COPIES=10 bench/bilag.sh
set -euo pipefail
cd "$(dirname "$0")/.."

export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1   # Debian's /usr/bin/chromium; Playwright never downloads one
JAVA="$JAVA_HOME/bin/java"
PORT=${PORT:-18322}
COPIES=${COPIES:-5}
WORK=target/bench-bilag

if curl -s -o /dev/null "http://localhost:$PORT/"; then
    echo "Port $PORT is already in use; choose PORT" >&2
    exit 1
fi
if [ -z "${SKIP_BUILD:-}" ]; then
    ./mvnw -o -q package -DskipTests
fi
mkdir -p "$WORK"
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test
rm -rf "$WORK/data"

"$JAVA" -Xms512m -Xmx2g -jar target/plenum-0.1.0-SNAPSHOT.jar --server.port="$PORT" \
    --plenum.store.data-dir="$WORK/data" > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    if curl -s -o /dev/null "http://localhost:$PORT/api/meetings"; then break; fi
    sleep 1
done

echo "| Figure | $(date -u +%F), $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) |"
echo "|---|---|"
"$JAVA" -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" dk.plenum.bench.BilagBench \
    "$PORT" "$WORK/data" "$COPIES"

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

SERVER_JVM_FLAGS=${SERVER_JVM_FLAGS:--Xms512m -Xmx2g}

# shellcheck source=bench/plenum-server.sh
. bench/plenum-server.sh
build_jar_and_load_classpath
start_plenum

echo "| Figure | $(date -u +%F), $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg) |"
echo "|---|---|"
"$JAVA" -cp "target/test-classes:target/classes:$(cat "$WORK/cp.txt")" dk.plenum.bench.BilagBench \
    "$PORT" "$WORK/data" "$COPIES"

# Sourced by the single-attack benchmarks (slow-headers.sh, stalled-observers.sh): builds what they need and
# starts the production jar on $PORT with a fresh store in $WORK/data. Needs JAVA, PORT, WORK, SERVER_JVM_FLAGS.

# The jar (unless SKIP_BUILD) and the test classpath of the load JVM, in $WORK/cp.txt.
build_jar_and_load_classpath() {
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
}

# Starts Plenum (SERVER_PID; stopped on exit) and waits until the secretariat can log in: the demo accounts
# exist a moment after the first answer.
start_plenum() {
    # shellcheck disable=SC2086
    "$JAVA" $SERVER_JVM_FLAGS -jar target/plenum-0.1.0-SNAPSHOT.jar --server.port="$PORT" --management.server.port=0 \
        --plenum.store.data-dir="$WORK/data" > "$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    trap 'kill "$SERVER_PID" 2>/dev/null || true' EXIT
    for _ in $(seq 1 600); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' -u sekretariat:demo "http://localhost:$PORT/api/meetings" || true)" = 200 ]; then
            return 0
        fi
        kill -0 "$SERVER_PID" || { echo "The server died; see $WORK/server.log" >&2; exit 1; }
        sleep 0.2
    done
    echo "The secretariat could not log in within 2 minutes; see $WORK/server.log" >&2
    exit 1
}

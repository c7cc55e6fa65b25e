#!/usr/bin/env bash
# Start a local Neo4j (embedded DBMS from Maven Central, Bolt on 127.0.0.1) for
# newsgraph's tests and benchmarks.
#
# Usage:
#   eval "$(scripts/neo4j/start.sh)"      # exports NEWSGRAPH_TEST_NEO4J_URI/USER/PASSWORD
#   ...run tests...
#   scripts/neo4j/stop.sh
#
# stdout carries only `export VAR=...` lines (safe to eval): the Bolt URI, user
# and password for the tests, and NEWSGRAPH_NEO4J_STATE, which stop.sh reads to
# find this server. Progress and errors go to stderr. The same lines are
# written to $STATE/env.sh. Exit status is non-zero on failure, so a script
# under `set -e` should capture before eval:
#   lines="$(scripts/neo4j/start.sh)"; eval "$lines"
#
# Environment (all optional):
#   NEWSGRAPH_NEO4J_STATE     state dir (pid file, log, database); when it names a
#                             running server, that one is reused  [a new ${TMPDIR:-/tmp}/newsgraph-neo4j.XXXXXX]
#   NEWSGRAPH_NEO4J_PORT      Bolt port                             [a free port]
#   NEWSGRAPH_NEO4J_PASSWORD  password of user neo4j (>= 8 chars)   [newsgraph-test]
#   NEWSGRAPH_NEO4J_HEAP      JVM heap                              [1g]
#   NEWSGRAPH_NEO4J_TIMEOUT   seconds to wait for Bolt              [180]
#   NEWSGRAPH_NEO4J_KEEP_DATA=1  keep the previous database instead of starting empty
#   JAVA_HOME                 a JDK >= 21 (else /usr/lib/jvm/temurin-25-jdk-amd64 or another 21+)
#
# Neo4j 2026.x needs Java 21+. The first run builds the launcher with Maven
# (downloads cached in ~/.m2); later runs reuse scripts/neo4j/target.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="${NEWSGRAPH_NEO4J_STATE:-}"
PASSWORD="${NEWSGRAPH_NEO4J_PASSWORD:-newsgraph-test}"
HEAP="${NEWSGRAPH_NEO4J_HEAP:-1g}"
TIMEOUT="${NEWSGRAPH_NEO4J_TIMEOUT:-180}"

say() { echo "neo4j/start.sh: $*" >&2; }
die() { say "error: $*"; exit 1; }

emit_env() {
    local uri="$1"
    {
        printf 'export NEWSGRAPH_NEO4J_STATE=%q\n' "$STATE"
        printf 'export NEWSGRAPH_TEST_NEO4J_URI=%q\n' "$uri"
        printf 'export NEWSGRAPH_TEST_NEO4J_USER=%q\n' neo4j
        printf 'export NEWSGRAPH_TEST_NEO4J_PASSWORD=%q\n' "$PASSWORD"
    } > "$ENVFILE"
    cat "$ENVFILE"
}

java_major() {  # java_major /path/to/java -> 17, 21, 25 ...
    "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -1
}

find_java() {
    local cand
    for cand in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
        [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
        local v; v="$(java_major "$cand/bin/java")"
        if [ -n "$v" ] && [ "$v" -ge 21 ]; then echo "$cand"; return 0; fi
    done
    return 1
}

# A state dir of its own unless one was named: two users (or a test run and a
# benchmark) on one machine never share, or stop, each other's server.
if [ -z "$STATE" ]; then
    STATE="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-neo4j.XXXXXX")"
fi
PIDFILE="$STATE/neo4j.pid"; READY="$STATE/bolt-uri"; LOG="$STATE/neo4j.log"; ENVFILE="$STATE/env.sh"
mkdir -p "$STATE"

# Already running (a named state dir)? Reuse it.
if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null && [ -s "$READY" ]; then
    say "Neo4j already running (pid $(cat "$PIDFILE")) at $(cat "$READY")"
    emit_env "$(cat "$READY")"
    exit 0
fi
rm -f "$PIDFILE" "$READY"

[ "${#PASSWORD}" -ge 8 ] || die "NEWSGRAPH_NEO4J_PASSWORD must have at least 8 characters"
JDK="$(find_java)" || die "Neo4j 2026.x needs a JDK 21 or newer; set JAVA_HOME to one (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)"
export JAVA_HOME="$JDK"

# Build the launcher (compiles Launcher.java, copies the Neo4j jars to target/lib).
stamp="$HERE/target/.built"
if [ ! -f "$stamp" ] || [ "$HERE/pom.xml" -nt "$stamp" ] || \
   [ -n "$(find "$HERE/src" -newer "$stamp" -type f 2>/dev/null)" ]; then
    command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Neo4j from Maven Central: apt-get install maven"
    say "building the launcher with Maven (first run downloads Neo4j into ~/.m2) ..."
    if ! mvn -B -q -f "$HERE/pom.xml" package >"$STATE/build.log" 2>&1; then
        tail -n 30 "$STATE/build.log" >&2
        die "Maven build failed; full log: $STATE/build.log"
    fi
    touch "$stamp"
fi

PORT="${NEWSGRAPH_NEO4J_PORT:-}"
if [ -z "$PORT" ]; then
    PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
fi

[ "${NEWSGRAPH_NEO4J_KEEP_DATA:-0}" = 1 ] || rm -rf "$STATE/home"

JOPTS=(-Xms256m "-Xmx$HEAP" -XX:+UseG1GC --enable-native-access=ALL-UNNAMED)
[ "$(java_major "$JDK/bin/java")" -ge 24 ] && JOPTS+=(--sun-misc-unsafe-memory-access=allow)

say "starting Neo4j on 127.0.0.1:$PORT (java: $JDK, state: $STATE)"
nohup "$JDK/bin/java" "${JOPTS[@]}" -cp "$HERE/target/classes:$HERE/target/lib/*" \
    newsgraph.neo4j.Launcher "$STATE/home" "$PORT" "$PASSWORD" "$READY" >"$LOG" 2>&1 </dev/null &
PID=$!
echo "$PID" > "$PIDFILE"

# Wait until the launcher reports ready and Bolt accepts a TCP connection.
deadline=$(( SECONDS + TIMEOUT ))
while :; do
    if ! kill -0 "$PID" 2>/dev/null; then
        tail -n 30 "$LOG" >&2
        rm -f "$PIDFILE"
        die "Neo4j exited during start-up (log: $LOG)"
    fi
    if [ -s "$READY" ] && (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
        break
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
        tail -n 30 "$LOG" >&2
        kill "$PID" 2>/dev/null || true
        rm -f "$PIDFILE"
        die "Bolt did not answer on 127.0.0.1:$PORT within ${TIMEOUT}s (log: $LOG); raise NEWSGRAPH_NEO4J_TIMEOUT?"
    fi
    sleep 0.5
done
say "Neo4j ready at $(cat "$READY") (pid $PID; stop with scripts/neo4j/stop.sh)"
emit_env "$(cat "$READY")"

#!/usr/bin/env bash
# Stop the Neo4j started by scripts/neo4j/start.sh.
#
#   scripts/neo4j/stop.sh [STATE_DIR]
#
# STATE_DIR defaults to $NEWSGRAPH_NEO4J_STATE, which `eval "$(start.sh)"`
# exported. SIGTERM (clean shutdown through the launcher's hook), then SIGKILL
# after NEWSGRAPH_NEO4J_STOP_TIMEOUT seconds (default 60). Removes the state
# directory unless NEWSGRAPH_NEO4J_KEEP_DATA=1. Exit 0 when nothing is running.
set -euo pipefail
STATE="${1:-${NEWSGRAPH_NEO4J_STATE:-}}"
if [ -z "$STATE" ]; then
    echo "neo4j/stop.sh: no state dir (NEWSGRAPH_NEO4J_STATE unset, no argument): nothing to stop" >&2
    exit 0
fi
PIDFILE="$STATE/neo4j.pid"
WAIT="${NEWSGRAPH_NEO4J_STOP_TIMEOUT:-60}"
say() { echo "neo4j/stop.sh: $*" >&2; }

if [ ! -f "$PIDFILE" ]; then
    say "no pid file at $PIDFILE: nothing to stop"
    exit 0
fi
PID="$(cat "$PIDFILE")"
if kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID"
    deadline=$(( SECONDS + WAIT ))
    while kill -0 "$PID" 2>/dev/null; do
        if [ "$SECONDS" -ge "$deadline" ]; then
            say "pid $PID still alive after ${WAIT}s: SIGKILL"
            kill -KILL "$PID" 2>/dev/null || true
            break
        fi
        sleep 0.5
    done
    say "stopped Neo4j (pid $PID)"
else
    say "pid $PID was not running"
fi
rm -f "$PIDFILE" "$STATE/bolt-uri" "$STATE/env.sh"
if [ "${NEWSGRAPH_NEO4J_KEEP_DATA:-0}" != 1 ]; then
    rm -rf "$STATE/home"
    case "$(basename "$STATE")" in  # a directory start.sh made: remove it whole
        newsgraph-neo4j.*) rm -rf "$STATE" ;;
    esac
fi

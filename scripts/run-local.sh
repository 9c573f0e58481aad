#!/usr/bin/env bash
# `make run`: a local broker, the topics, a worker, the poller, the seeds
# replayed, and the enriched events printed live. Ctrl-C stops all it started.
set -uo pipefail
cd "$(dirname "$0")/.."
NW=.venv/bin/newswire
pids=()
started_broker=0

cleanup() {
  trap - INT TERM EXIT
  # Ignore SIGPIPE too, and talk on stderr: with `make run | tee run.log`, Ctrl-C has
  # already stopped tee, and a write to its pipe would end this function before the
  # broker is stopped.
  trap '' INT PIPE
  {
    echo
    echo "stopping..."
  } >&2
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  if [ "$started_broker" = 1 ]; then $NW broker stop >&2; fi
  exit 0
}
trap cleanup INT TERM EXIT

if ! $NW broker status >/dev/null 2>&1; then
  $NW broker start || exit 1
  started_broker=1
fi
$NW topics create || exit 1

$NW worker > .newswire-worker.log 2>&1 &
pids+=($!)
echo "worker started (log: .newswire-worker.log)"
if $NW poll --help >/dev/null 2>&1; then
  $NW poll > .newswire-poller.log 2>&1 &
  pids+=($!)
  echo "poller started with the default feeds (log: .newswire-poller.log)"
fi

$NW replay --no-progress seeds/
echo "printing enriched events as they arrive (Ctrl-C to stop everything)"
# In the foreground: Ctrl-C reaches it (background jobs of a script ignore
# SIGINT), and when it ends the EXIT trap stops the rest.
$NW consume --topic enriched --from-beginning --follow

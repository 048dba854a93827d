#!/usr/bin/env bash
# Whole-pipeline throughput with event coding: ingests the 772 ECB+ dev articles (reading,
# language layer, event coding, storing) into a fresh store, RUNS times, and prints each run's
# articles/s, events/s, the event stage's thread time and its cost relative to the rest of the
# language layer, and peak resident memory; then the medians.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
RUNS="${RUNS:-3}"
INPUT="$SHARED/datasets/ecbplus-dev.jsonl"
[[ -f "$INPUT" ]] || { echo "missing $INPUT (set SHARED=...)" >&2; exit 2; }

"$ROOT/dateline" --version >/dev/null   # builds if needed
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
rates=(); event_rates=(); shares=(); peaks=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/store"
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$WORK/peak" "$ROOT/dateline" ingest --no-progress --timings \
      --store "$WORK/store" "$INPUT" > "$WORK/out" 2> "$WORK/err"
  wall=$(echo "$(date +%s.%N) - $start" | bc -l)
  rate=$(grep -o '[0-9]* articles/s' "$WORK/out" | grep -o '^[0-9]*')
  total=$(grep -o 'analysis [0-9.]* s thread time' "$WORK/out" | grep -o '[0-9.]*')
  events_s=$(grep -o 'events [0-9.]* s' "$WORK/out" | grep -o '[0-9.]*')
  events=$("$ROOT/dateline" events --store "$WORK/store" | tail -1 | grep -o '^[0-9]*')
  event_rate=$(echo "$events / $wall" | bc -l | xargs printf '%.0f')
  share=$(echo "100 * $events_s / ($total - $events_s)" | bc -l | xargs printf '%.1f')
  peak=$(( $(cat "$WORK/peak") / 1024 ))
  echo "run $i: $rate articles/s, $events events ($event_rate events/s over $(printf '%.1f' "$wall") s wall incl. JVM start and model load), event stage ${events_s} s thread time = +${share}% on the language layer, peak RSS ${peak} MB"
  rates+=("$rate"); event_rates+=("$event_rate"); shares+=("$share"); peaks+=("$peak")
done
echo "median of $RUNS runs: $(median "${rates[@]}") articles/s, $(median "${event_rates[@]}") events/s, event stage +$(median "${shares[@]}")% on the language layer, peak RSS $(median "${peaks[@]}") MB ($(nproc) cores)"

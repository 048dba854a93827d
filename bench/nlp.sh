#!/usr/bin/env bash
# Language-layer throughput: ingests the 772 ECB+ dev articles with the full language layer into
# a fresh store, RUNS times, and prints each run's articles/s, model load time, thread time per
# analysis stage and peak resident memory; then the medians.
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
rates=(); loads=(); peaks=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/store"
  /usr/bin/time -f '%M' -o "$WORK/peak" "$ROOT/dateline" ingest --no-progress --timings \
      --store "$WORK/store" "$INPUT" > "$WORK/out" 2> "$WORK/err"
  rate=$(grep -o '[0-9]* articles/s' "$WORK/out" | grep -o '^[0-9]*')
  load=$(grep -o 'models loaded in [0-9.]*' "$WORK/out" | grep -o '[0-9.]*$')
  peak=$(( $(cat "$WORK/peak") / 1024 ))
  echo "run $i: $rate articles/s, models loaded in ${load} s, peak RSS ${peak} MB"
  echo "       $(grep -o 'analysis .*' "$WORK/out")"
  rates+=("$rate"); loads+=("$load"); peaks+=("$peak")
done
echo "median of $RUNS runs: $(median "${rates[@]}") articles/s, model load $(median "${loads[@]}") s, peak RSS $(median "${peaks[@]}") MB ($(nproc) cores)"

#!/usr/bin/env bash
# Ingest throughput: reads and stores the 922 ECB+ and BASIL dev articles (no NLP) into a fresh
# store, RUNS times, and prints each run's articles/s (as the ingest itself measures it: reading
# and storing, JVM start excluded), the wall time including JVM start, and peak resident memory;
# then the medians.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
RUNS="${RUNS:-5}"
INPUTS=("$SHARED/datasets/ecbplus-dev.jsonl" "$SHARED/datasets/basil-dev.jsonl")
for f in "${INPUTS[@]}"; do [[ -f "$f" ]] || { echo "missing $f (set SHARED=...)" >&2; exit 2; }; done

"$ROOT/dateline" --version >/dev/null   # builds if needed
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
rates=(); walls=(); peaks=()
for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/store"
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$WORK/peak" "$ROOT/dateline" ingest --no-progress --store "$WORK/store" \
      "${INPUTS[@]}" > "$WORK/out"
  end=$(date +%s.%N)
  rate=$(grep -o '[0-9]* articles/s' "$WORK/out" | grep -o '^[0-9]*')
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN {print b - a}')
  peak=$(( $(cat "$WORK/peak") / 1024 ))
  printf 'run %d: %s articles/s (reading+storing), %.2f s wall incl. JVM start, peak RSS %d MB\n' \
      "$i" "$rate" "$wall" "$peak"
  rates+=("$rate"); walls+=("$wall"); peaks+=("$peak")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
printf 'median of %d runs: %s articles/s, %.2f s wall, peak RSS %s MB (%s)\n' "$RUNS" \
    "$(median "${rates[@]}")" "$(median "${walls[@]}")" "$(median "${peaks[@]}")" "$(head -1 "$WORK/out" | cut -c1-60)"

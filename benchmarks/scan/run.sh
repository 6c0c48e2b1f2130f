#!/usr/bin/env bash
# How long `pii scan` takes over about 100,000 lines of generated code, without building it (issue target: < 30 s on
# the 2-core machine of benchmarks/README.md).
#
#   benchmarks/scan/run.sh [--files 2000] [--runs 3] [--seed 1] [--keep]
#
# 1. Publishes the pii command (Release) into a temporary folder.
# 2. Generates the build-overhead benchmark's project (../build-overhead/generate.py, deterministic for the seed) and
#    counts its lines of C#.
# 3. Runs `pii scan <folder> --format json` --runs times and prints each wall time, the median and the line count.
#    Folder mode: nothing is restored or built, as on a codebase whose packages were never restored.
set -euo pipefail

FILES=2000
RUNS=3
SEED=1
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
[[ $KEEP == 1 ]] || trap 'rm -rf "$work"' EXIT

echo "== publishing pii into $work/pii" >&2
dotnet publish "$repo/src/PiiAnalyzers.Cli" -c Release -o "$work/pii" --artifacts-path "$work/artifacts" -tl:off -v:q >&2

echo "== generating $FILES files (seed $SEED)" >&2
python3 "$repo/benchmarks/build-overhead/generate.py" --out "$work/code" --files "$FILES" --seed "$SEED" >&2
lines=$(find "$work/code" -name '*.cs' -print0 | xargs -0 cat | wc -l)

times=()
for ((run = 1; run <= RUNS; run++)); do
  start=$(date +%s.%N)
  # Exit code 1 means findings at or above --severity: a finished scan all the same.
  dotnet "$work/pii/pii.dll" scan "$work/code" --format json > "$work/findings.json" 2> "$work/progress.txt" || [[ $? == 1 ]]
  end=$(date +%s.%N)
  seconds=$(python3 -c "print($end - $start)")
  times+=("$seconds")
  printf 'run %d: %.2f s\n' "$run" "$seconds"
done

median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
printf 'lines of C#: %d in %d files\nmedian: %.2f s\n' "$lines" "$(find "$work/code" -name '*.cs' | wc -l)" "$median"

#!/usr/bin/env bash
# What a hostile file costs `pii scan` (issue 17): a 5 MB C# file of very long expressions next to a small file with a
# leak, scanned (1) with the default budgets (the file is over --max-file-size and left out), (2) with the size limit
# raised (it nests deeper than --max-nesting and is left out), (3) with both raised, so that --timeout has to stop the
# analysis. Prints wall time, peak memory (RSS) and the findings of each run.
#
#   benchmarks/scan/budgets.sh [--megabytes 5] [--terms 200000] [--timeout 60] [--keep]
set -euo pipefail

MEGABYTES=5
TERMS=200000
TIMEOUT=60
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --megabytes) MEGABYTES="$2"; shift 2 ;;
    --terms) TERMS="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
[[ $KEEP == 1 ]] || trap 'rm -rf "$work"' EXIT

echo "== publishing pii into $work/pii" >&2
dotnet publish "$repo/src/PiiAnalyzers.Cli" -c Release -o "$work/pii" --artifacts-path "$work/artifacts" -tl:off -v:q >&2

echo "== generating a ${MEGABYTES} MB file of ${TERMS}-term expressions" >&2
mkdir -p "$work/code"
python3 - "$work/code/Hostile.cs" "$MEGABYTES" "$TERMS" <<'PY'
import sys
path, megabytes, terms = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
limit = megabytes * 1024 * 1024
with open(path, "w") as out:
    out.write("namespace Generated;\n\npublic static class Hostile\n{\n")
    written, method = 0, 0
    while written < limit:
        body = "0" + "".join(f" + {i % 10}" for i in range(1, terms)) if terms > 1 else "0"
        text = f"    public static int Sum{method}() =>\n        {body};\n"
        out.write(text)
        written += len(text)
        method += 1
    out.write("}\n")
PY
cat > "$work/code/Leak.cs" <<'CS'
namespace Shop;

public class Customer
{
    public string Email { get; set; } = "";
}

public static class Audit
{
    public static void Write(Customer customer) => System.Console.WriteLine(customer.Email);
}
CS
echo "   $(wc -c < "$work/code/Hostile.cs") bytes" >&2

run() {
  local name="$1"; shift
  # Exit code 1 means findings: a finished scan all the same.
  /usr/bin/time -f "%e %M" -o "$work/time.txt" dotnet "$work/pii/pii.dll" scan "$work/code" "$@" > "$work/out.txt" 2> "$work/err.txt" || [[ $? == 1 ]]
  # time(1) writes "Command exited with non-zero status 1" first when there are findings.
  read -r seconds kilobytes < <(tail -n 1 "$work/time.txt")
  printf '%s: %.1f s wall, %d MB peak\n' "$name" "$seconds" "$((kilobytes / 1024))"
  sed 's/^/   /' "$work/out.txt"
}

run "default budgets"
run "size limit raised" --max-file-size $((MEGABYTES * 2048))
run "size and nesting limits raised, --timeout $TIMEOUT" --max-file-size $((MEGABYTES * 2048)) --max-nesting $((TERMS * 2)) --timeout "$TIMEOUT"

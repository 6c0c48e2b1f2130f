#!/usr/bin/env bash
# Build overhead of PiiAnalyzers: how much longer a whole `dotnet build` takes with the analyzers and the inventory
# generator than without them, on a generated project of about 2,000 files (see ../README.md).
#
#   benchmarks/build-overhead/run.sh [--files 2000] [--runs 5] [--seed 1] [--keep]
#
# 1. Builds src/PiiAnalyzers (Release) into a temporary folder.
# 2. Generates the project (generate.py, deterministic for the seed) into the same folder, with two project files over
#    the same sources: "without" references only the attributes library; "with" also gives the compiler PiiAnalyzers.dll
#    (analyzers and generator) and the privacy policy, through the package's own build/PiiAnalyzers.props/.targets,
#    as the PiiAnalyzers package does.
# 3. Restores both once, then builds each --runs times, interleaved (the order alternates from round to round),
#    `--no-restore --no-incremental`, without build servers (no compiler server or MSBuild node outlives a build or is
#    shared with other builds on the machine), and prints the median wall time of each and their ratio.
# 4. Builds "with" once more with -p:ReportAnalyzer=true and prints the compiler's per-analyzer and per-generator times.
set -euo pipefail

FILES=2000
RUNS=5
SEED=1
KEEP=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/pii-build-overhead.XXXXXX")"
cleanup() { if [[ "$KEEP" == 1 ]]; then echo "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en
export MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_USE_MSBUILD_SERVER=0
BUILD_FLAGS=(-c Release --no-restore --no-incremental -nodeReuse:false -p:UseSharedCompilation=false -tl:off)

echo "== machine"
echo "cores: $(nproc); cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'); memory: $(free -g | awk '/^Mem:/ {print $2}') GB; dotnet $(dotnet --version)"

echo "== building PiiAnalyzers and PiiAnalyzers.Attributes (Release)"
for project in PiiAnalyzers PiiAnalyzers.Attributes; do
  if ! dotnet build "$REPO/src/$project/$project.csproj" -c Release --artifacts-path "$WORK/artifacts" -tl:off -v:q >"$WORK/analyzers.log" 2>&1; then
    cat "$WORK/analyzers.log" >&2
    exit 1
  fi
done
ANALYZERS="$WORK/artifacts/bin/PiiAnalyzers/release/PiiAnalyzers.dll"
ATTRIBUTES="$WORK/artifacts/bin/PiiAnalyzers.Attributes/release/PiiAnalyzers.Attributes.dll"
for file in "$ANALYZERS" "$ATTRIBUTES"; do
  test -f "$file" || { echo "missing $file" >&2; exit 1; }
done

echo "== generating the project"
python3 "$HERE/generate.py" --out "$WORK/src" --files "$FILES" --seed "$SEED"

write_project() { # folder, extra XML before </Project>, imports at the top
  mkdir -p "$WORK/$1"
  # Nothing of the folders above may reach the project.
  echo '<Project />' >"$WORK/$1/Directory.Build.props"
  echo '<Project />' >"$WORK/$1/Directory.Build.targets"
  echo '<Project />' >"$WORK/$1/Directory.Packages.props"
  cat >"$WORK/$1/Shop.Load.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk.Web">
$3
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <AssemblyName>Shop.Load</AssemblyName>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <NuGetAudit>false</NuGetAudit>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="../src/**/*.cs" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.15" />
    <Reference Include="PiiAnalyzers.Attributes" HintPath="$ATTRIBUTES" />
  </ItemGroup>
$2
</Project>
EOF
}

write_project without "" ""
write_project with "  <ItemGroup>
    <Analyzer Include=\"$ANALYZERS\" />
    <PiiPolicy Include=\"../src/PRIVACY.md\" />
  </ItemGroup>
  <Import Project=\"$REPO/src/PiiAnalyzers.Package/build/PiiAnalyzers.targets\" />" "  <Import Project=\"$REPO/src/PiiAnalyzers.Package/build/PiiAnalyzers.props\" />"

echo "== restoring"
for variant in without with; do
  if ! dotnet restore "$WORK/$variant/Shop.Load.csproj" -tl:off -v:q >"$WORK/restore.log" 2>&1; then
    cat "$WORK/restore.log" >&2
    exit 1
  fi
done

build() { # variant → prints seconds; fails the script when the build fails
  local start end log="$WORK/$1.log"
  start=$(date +%s.%N)
  if ! dotnet build "$WORK/$1/Shop.Load.csproj" "${BUILD_FLAGS[@]}" -v:q >"$log" 2>&1; then
    cat "$log" >&2
    echo "the build '$1' failed" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  python3 -c "print(f'{$end - $start:.2f}')"
}

echo "== warm-up (one build of each, not counted)"
build without >/dev/null
build with >/dev/null
echo "   warnings with the analyzers: $(grep -c ': warning PII' "$WORK/with.log" || true) (the generated code should give none)"

echo "== $RUNS builds of each, interleaved"
WITHOUT=()
WITH=()
for ((round = 1; round <= RUNS; round++)); do
  if ((round % 2 == 1)); then order=(without with); else order=(with without); fi
  for variant in "${order[@]}"; do
    seconds=$(build "$variant")
    if [[ "$variant" == with ]]; then WITH+=("$seconds"); else WITHOUT+=("$seconds"); fi
    echo "   round $round: $variant ${seconds}s"
  done
done

python3 - "${WITHOUT[*]}" "${WITH[*]}" <<'EOF'
import statistics, sys
without = [float(x) for x in sys.argv[1].split()]
with_ = [float(x) for x in sys.argv[2].split()]
a, b = statistics.median(without), statistics.median(with_)
print("== result")
print(f"   without PiiAnalyzers: median {a:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in without)})")
print(f"   with PiiAnalyzers:    median {b:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in with_)})")
print(f"   ratio with/without:   {b / a:.3f}  ({(b / a - 1) * 100:+.1f}%)")
EOF

echo "== per-analyzer times (-p:ReportAnalyzer=true, one more build with the analyzers)"
dotnet build "$WORK/with/Shop.Load.csproj" "${BUILD_FLAGS[@]}" -p:ReportAnalyzer=true -v:d >"$WORK/report.log" 2>&1
# The compiler's report: the total, a line per analyzer (generator) assembly, and PiiAnalyzers' own analyzers and
# generator under its line (the other assemblies' are left out). A block ends at the first line that is not a timing.
python3 - "$WORK/report.log" <<'EOF'
import re, sys
timing = re.compile(r"^\s*<?[\d.]+\s+<?\d+\s+\S")
seen, block = set(), False
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    line = line.rstrip()
    if re.search(r"Total (analyzer|generator) execution time", line):
        block = True
    elif block and line.strip() and not (timing.match(line) or "Time (s)" in line or line.strip().startswith("NOTE:")):
        block = False
    shown = "execution time" in line or "Time (s)" in line or ", Version=" in line or "PiiAnalyzers." in line
    if block and shown and line not in seen:
        seen.add(line)
        print(line[4:] if line.startswith("    ") else line)
EOF

#!/usr/bin/env bash
# Build overhead of PiiAnalyzers: how much longer a whole `dotnet build` takes with the analyzers and the inventory
# generator than without them, on a generated project of about 2,000 files (see ../README.md).
#
#   benchmarks/build-overhead/run.sh [--files 2000] [--runs 5] [--compiler-runs 5] [--generator-runs 5] [--seed 1]
#                                    [--unannotated] [--editorconfig-line 'key = value']... [--keep]
#   benchmarks/build-overhead/run.sh --project path/to/Real.csproj [--build-arg -p:X=Y]... [--runs 5] ...
#
# --project measures a real project instead of the generated one (for example Newtonsoft.Json, code with no personal
# data: what the package costs where there is nothing to find). "without" builds it as it is; "with" adds the package's
# props, targets and analyzers from the outside (-p:CustomBeforeMicrosoftCommonProps / CustomAfterMicrosoftCommonTargets),
# so the project's files are not touched; --build-arg is passed to every build (e.g. -p:LibraryFrameworks=net8.0).
#
# 1. Builds src/PiiAnalyzers (Release) into a temporary folder.
# 2. Generates the project (generate.py, deterministic for the seed) into the same folder, with two project files over
#    the same sources: "without" references only the attributes library; "with" also gives the compiler PiiAnalyzers.dll
#    (analyzers and generator) and the privacy policy, through the package's own build/PiiAnalyzers.props/.targets,
#    as the PiiAnalyzers package does. --unannotated generates the same code without the markers (code nobody
#    annotated: the analyzers infer personal data from names). --editorconfig-line appends a line to the generated
#    .editorconfig's [*.cs] section ('dotnet_diagnostic.PII0001.severity = suggestion': the analyzer still runs and
#    reports, but the build prints nothing), which only the "with" build reads.
# 3. Restores both once and builds each once to warm the disk (not counted), keeping the compiler command line each
#    build ran. Then builds each --runs times, interleaved (the order alternates from round to round),
#    `--no-restore --no-incremental`, without build servers (no compiler server or MSBuild node outlives a build or is
#    shared with other builds on the machine), and prints the median wall and CPU time of each and their ratios.
# 4. Runs each variant's compiler command line alone --compiler-runs times, interleaved, and prints the same figures:
#    the compiler is where the package does its work, and without MSBuild around it the runs spread less (0 skips this).
# 5. Runs the compiler's generator phase alone (../PiiAnalyzers.GeneratorPhase) --generator-runs times with and without
#    the package's generator, each in a fresh process, and prints what the package adds to the phase next to what the
#    compiler's report charges to its generator (0 skips this).
# 6. Builds "with" once more with -p:ReportAnalyzer=true and prints the compiler's per-analyzer and per-generator times.
set -euo pipefail

FILES=2000
RUNS=5
COMPILER_RUNS=5
GENERATOR_RUNS=5
SEED=1
KEEP=0
UNANNOTATED=()
PROJECT=""
EXTRA_ARGS=()
EDITORCONFIG_LINES=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --files) FILES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --compiler-runs) COMPILER_RUNS="$2"; shift 2 ;;
    --generator-runs) GENERATOR_RUNS="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --unannotated) UNANNOTATED=(--unannotated); shift ;;
    --keep) KEEP=1; shift ;;
    --project) PROJECT="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --build-arg) EXTRA_ARGS+=("$2"); shift 2 ;;
    --editorconfig-line) EDITORCONFIG_LINES+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
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

declare -A TARGET VARIANT_ARGS
if [[ -n "$PROJECT" ]]; then
  echo "== measuring $PROJECT"
  test -f "$PROJECT" || { echo "no project file $PROJECT" >&2; exit 2; }
  cat >"$WORK/with.props" <<EOF
<Project>
  <Import Project="$REPO/src/PiiAnalyzers.Package/build/PiiAnalyzers.props" />
</Project>
EOF
  cat >"$WORK/with.targets" <<EOF
<Project>
  <ItemGroup>
    <Analyzer Include="$ANALYZERS" />
  </ItemGroup>
  <Import Project="$REPO/src/PiiAnalyzers.Package/build/PiiAnalyzers.targets" />
</Project>
EOF
  for variant in without with; do
    TARGET[$variant]="$PROJECT"
    mkdir -p "$WORK/$variant"
  done
  VARIANT_ARGS[without]=""
  VARIANT_ARGS[with]="-p:CustomBeforeMicrosoftCommonProps=$WORK/with.props -p:CustomAfterMicrosoftCommonTargets=$WORK/with.targets"
else
echo "== generating the project"
python3 "$HERE/generate.py" --out "$WORK/src" --files "$FILES" --seed "$SEED" "${UNANNOTATED[@]}"
for line in "${EDITORCONFIG_LINES[@]}"; do
  echo "$line" >>"$WORK/src/.editorconfig"
  echo "   .editorconfig: $line"
done

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
  for variant in without with; do
    TARGET[$variant]="$WORK/$variant/Shop.Load.csproj"
    VARIANT_ARGS[$variant]=""
  done
fi

echo "== restoring"
for variant in without with; do
  # shellcheck disable=SC2086 # the variant's arguments are words
  if ! dotnet restore "${TARGET[$variant]}" "${EXTRA_ARGS[@]}" ${VARIANT_ARGS[$variant]} -tl:off -v:q >"$WORK/restore.log" 2>&1; then
    cat "$WORK/restore.log" >&2
    exit 1
  fi
done

# Runs a command interleaved RUNS times per variant and prints, per variant, the median wall and CPU time and the ratios.
#   compare LABEL RUNS COMMAND-FUNCTION: COMMAND-FUNCTION VARIANT LOG runs one build of VARIANT with its output in LOG.
compare() {
  local label=$1 runs=$2 command=$3 round variant times
  local -A wall cpu
  echo "== $runs $label of each, interleaved"
  for ((round = 1; round <= runs; round++)); do
    if ((round % 2 == 1)); then order=(without with); else order=(with without); fi
    for variant in "${order[@]}"; do
      times=$("$command" "$variant" "$WORK/$variant.log") || { cat "$WORK/$variant.log" >&2; echo "the build '$variant' failed" >&2; exit 1; }
      wall[$variant]+=" ${times% *}"
      cpu[$variant]+=" ${times#* }"
      echo "   round $round: $variant ${times% *} s (CPU ${times#* } s)"
    done
  done
  python3 - "$label" "${wall[without]}" "${wall[with]}" "${cpu[without]}" "${cpu[with]}" <<'EOF2'
import statistics, sys
label, runs = sys.argv[1], [[float(x) for x in arg.split()] for arg in sys.argv[2:]]
print(f"== result ({label})")
for name, (without, with_) in (("wall", runs[0:2]), ("CPU", runs[2:4])):
    a, b = statistics.median(without), statistics.median(with_)
    print(f"   {name:4} without PiiAnalyzers: median {a:6.2f} s  (runs: {', '.join(f'{x:.2f}' for x in without)})")
    print(f"   {name:4} with PiiAnalyzers:    median {b:6.2f} s  (runs: {', '.join(f'{x:.2f}' for x in with_)})")
    print(f"   {name:4} ratio with/without:   {b / a:.3f}  ({(b / a - 1) * 100:+.1f}%)")
EOF2
}

whole_build() { # variant, log
  # shellcheck disable=SC2086 # the variant's arguments are words
  python3 "$HERE/timed.py" "$2" dotnet build "${TARGET[$1]}" "${BUILD_FLAGS[@]}" "${EXTRA_ARGS[@]}" ${VARIANT_ARGS[$1]} -v:n
}

compiler_only() { # variant, log: the compiler command line of the variant's build, run again in its project folder
  (cd "$(dirname "${TARGET[$1]}")" && python3 "$HERE/timed.py" "$2" "$(cat "$WORK/$1.csc")" "@$WORK/$1.rsp")
}

echo "== warm-up (one build of each, not counted)"
for variant in without with; do
  whole_build "$variant" "$WORK/$variant.log" >/dev/null || { cat "$WORK/$variant.log" >&2; exit 1; }
  # The compiler's command line as the build logged it: the compiler, then its arguments (already quoted for a response file).
  line=$(grep -m1 -E '/csc(\.exe)? /noconfig ' "$WORK/$variant.log" | sed 's/^ *//')
  echo "${line%% /noconfig *}" >"$WORK/$variant.csc"
  echo "/noconfig ${line#* /noconfig }" >"$WORK/$variant.rsp"
done
echo "   warnings with the analyzers: $(grep -c ': warning PII' "$WORK/with.log" || true) (the generated code should give none)"

if ((RUNS > 0)); then
  compare "whole builds" "$RUNS" whole_build
fi
if ((COMPILER_RUNS > 0)); then
  compare "compiler runs (the build's csc command line alone)" "$COMPILER_RUNS" compiler_only
fi

if ((GENERATOR_RUNS > 0)); then
  echo "== generator phase of the compiler, $GENERATOR_RUNS cold runs of each, interleaved (../PiiAnalyzers.GeneratorPhase)"
  if ! dotnet build "$REPO/benchmarks/PiiAnalyzers.GeneratorPhase" -c Release --artifacts-path "$WORK/artifacts" -tl:off -v:q >"$WORK/phase.log" 2>&1; then
    cat "$WORK/phase.log" >&2
    exit 1
  fi
  PHASE=()
  for ((round = 1; round <= GENERATOR_RUNS; round++)); do
    if ((round % 2 == 1)); then order=(without with); else order=(with without); fi
    for variant in "${order[@]}"; do
      PHASE+=("$variant $(dotnet "$WORK/artifacts/bin/PiiAnalyzers.GeneratorPhase/release/PiiAnalyzers.GeneratorPhase.dll" "$WORK/with.rsp" "$WORK/with" "$variant")")
    done
  done
  python3 - "${PHASE[@]}" <<'EOF2'
import statistics, sys
runs = [line.split() for line in sys.argv[1:]]
phase = {variant: [float(run[1]) for run in runs if run[0] == variant] for variant in ("without", "with")}
charged = [float(run[2]) for run in runs if run[0] == "with"]
a, b = statistics.median(phase["without"]), statistics.median(phase["with"])
print(f"   every generator, without PiiAnalyzers: median {a:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in phase['without'])})")
print(f"   every generator, with PiiAnalyzers:    median {b:.2f} s  (runs: {', '.join(f'{x:.2f}' for x in phase['with'])})")
print(f"   what PiiAnalyzers adds to the phase:   {b - a:.2f} s; what the driver charges to it (ReportAnalyzer): median {statistics.median(charged):.2f} s")
EOF2
fi

echo "== per-analyzer times (-p:ReportAnalyzer=true, one more build with the analyzers)"
# shellcheck disable=SC2086 # the variant's arguments are words
dotnet build "${TARGET[with]}" "${BUILD_FLAGS[@]}" "${EXTRA_ARGS[@]}" ${VARIANT_ARGS[with]} -p:ReportAnalyzer=true -v:d >"$WORK/report.log" 2>&1
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
    # -v:d logs the report once per compiler message and may indent the copies differently.
    if block and shown and line.strip() not in seen:
        seen.add(line.strip())
        print(line[4:] if line.startswith("    ") else line)
EOF

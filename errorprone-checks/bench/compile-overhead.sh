#!/usr/bin/env bash
# Benchmark, not a test: what leakguard's three checks add to a javac + Error Prone compile of a
# real mid-size source tree (Apache Commons Lang 3, ~250 files, no dependencies), compared with
# javac + Error Prone (its default checks) alone. Runs are interleaved; the median of each is
# reported with the ratio, for CPU time (user + system of the javac process: steadier on a busy
# machine) and wall time. Target: under 3% extra (issue 5).
#
#   errorprone-checks/bench/compile-overhead.sh [runs] [process|in-process|both]   (default 5, both)
#
# Then the same in one JVM (CompileOverhead.java; IN_PROCESS_RUNS, default twice runs).
#
# Environment: LANG3_VERSION (default 3.17.0), EP_VERSION (default 2.42.0), JAVA_HOME,
# MVN (default: the repo's ./mvnw, else mvn), MVN_ARGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
runs="${1:-5}"
mode="${2:-both}" # process, in-process or both
lang3="${LANG3_VERSION:-3.17.0}"
ep_version="${EP_VERSION:-2.42.0}"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
if [[ -z "${MVN:-}" ]]; then
  if [[ -x "$repo/mvnw" ]]; then MVN="$repo/mvnw"; else MVN=mvn; fi
fi

# shellcheck source=../compat/errorprone-classpath.sh
source "$repo/errorprone-checks/compat/errorprone-classpath.sh"
leakguard_errorprone_jars

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ep_path=$(errorprone_classpath)
"$MVN" -q -B ${MVN_ARGS:-} org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
  -Dartifact="org.apache.commons:commons-lang3:$lang3:jar:sources" -DoutputDirectory="$work"
mkdir -p "$work/src"
(cd "$work/src" && unzip -q "$work/commons-lang3-$lang3-sources.jar" -x 'META-INF/*')
find "$work/src" -name '*.java' > "$work/sources.txt"
files=$(wc -l < "$work/sources.txt")
lines=$(cat $(cat "$work/sources.txt") | wc -l)

jflags=()
for p in api file main model parser processing tree util; do
  jflags+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED")
done
for p in code comp; do
  jflags+=("-J--add-opens=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED")
done

compile() { # $1 = processor path; prints "cpu_ms wall_ms"
  rm -rf "$work/classes" && mkdir -p "$work/classes"
  local start end cpu
  start=$(date +%s%N)
  /usr/bin/time -f "%U %S" -o "$work/time.txt" \
    "$javac" "${jflags[@]}" -J-Xmx2g -d "$work/classes" -proc:none -processorpath "$1" --release 17 -nowarn \
    -XDcompilePolicy=simple --should-stop=ifError=FLOW "-Xplugin:ErrorProne -XepAllErrorsAsWarnings" \
    -encoding UTF-8 @"$work/sources.txt" > "$work/javac.log" 2>&1 || { cat "$work/javac.log"; exit 1; }
  end=$(date +%s%N)
  cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/time.txt")
  echo "$cpu $(( (end - start) / 1000000 ))"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

echo "commons-lang3 $lang3 sources: $files files, $lines lines; Error Prone $ep_version; $("$javac" -version 2>&1)"
if [[ $mode != in-process ]]; then
compile "$ep_path" > /dev/null # warm the file cache
base_cpu=() with_cpu=() base_wall=() with_wall=()
for ((i = 1; i <= runs; i++)); do
  read -r bc bw < <(compile "$ep_path")
  read -r wc ww < <(compile "$ep_path:$checks:$core")
  base_cpu+=("$bc") base_wall+=("$bw") with_cpu+=("$wc") with_wall+=("$ww")
  echo "run $i: Error Prone alone cpu ${bc} ms wall ${bw} ms; with leakguard cpu ${wc} ms wall ${ww} ms"
done
report() { # $1 = label, then base values, "--", with values
  local label=$1; shift
  local b=() w=() side=b
  for v in "$@"; do
    if [[ $v == -- ]]; then side=w; continue; fi
    if [[ $side == b ]]; then b+=("$v"); else w+=("$v"); fi
  done
  local mb mw
  mb=$(printf '%s\n' "${b[@]}" | median)
  mw=$(printf '%s\n' "${w[@]}" | median)
  awk -v l="$label" -v b="$mb" -v w="$mw" \
    'BEGIN { printf "median %s: Error Prone alone %d ms, with leakguard %d ms, ratio %.3f (%+.1f%%)\n", l, b, w, w / b, (w / b - 1) * 100 }'
}
report cpu "${base_cpu[@]}" -- "${with_cpu[@]}"
report wall "${base_wall[@]}" -- "${with_wall[@]}"
fi

# The same in one JVM: warm JIT, many runs are cheap, no process start-up in the figures.
[[ $mode == process ]] && exit 0
jvmflags=()
for f in "${jflags[@]}"; do jvmflags+=("${f#-J}"); done
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$java_bin" "${jvmflags[@]}" -Xmx2g -cp "$ep_path:$checks:$core" "$repo/errorprone-checks/bench/CompileOverhead.java" \
  "${IN_PROCESS_RUNS:-$(( runs * 2 ))}" "$work/sources.txt" "$work/classes"

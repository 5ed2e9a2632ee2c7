#!/usr/bin/env bash
# Benchmarks (not part of the test run). Usage: bench/run.sh [module|all] [threads] [rounds]
#
# With no module, one run measures everything issue 7 asks for, from the JDK's own sources
# (lib/src.zip of a JDK under /usr/lib/jvm, or $LEAKGUARD_SRC_ZIP):
#   1. java.base: the analyzer next to a bare JavaParser parse of the same files (the floor) and to
#      PMD 7 running MutableStaticState and leakguard's ruleset, same files, same threads, same JVM;
#      files per second; and the same report with the pre-filter off (it must not change a finding);
#   2. every module of src.zip, the same comparison (one round: it takes minutes);
#   3. every module again, the analyzer alone under -Xmx1g, for its own peak heap;
#   4. the Maven plugin's incremental case (bench/maven-incremental.sh).
# With a module ("java.base", "java.desktop", "all"), only step 1 for that module.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp install -DskipTests -pl annotations,core,conformance,analyzer,rules-pmd -am
./mvnw -q -B -ntp -f bench/pom.xml package
threads="${2:-2}"
rounds="${3:-3}"
# bench "<JVM options>" module threads rounds
bench() {
  local options="$1"
  shift
  # shellcheck disable=SC2086 # the options are words
  java $options -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.leakguard.bench.AnalyzerBench "$@"
}
if [[ $# -ge 1 ]]; then
  bench "-Xmx2g -Dbench.checkPrefilter=${CHECK_PREFILTER:-false}" "$1" "$threads" "$rounds"
  exit
fi
echo "== 1. java.base"
bench "-Xmx2g -Dbench.checkPrefilter=true" java.base "$threads" "$rounds"
echo "== 2. all modules"
bench "-Xmx2g" all "$threads" 1
echo "== 3. all modules, the analyzer alone under -Xmx1g"
bench "-Xmx1g -Dbench.analyzerOnly=true" all "$threads" 1
echo "== 4. the Maven plugin, incremental"
bench/maven-incremental.sh

#!/usr/bin/env bash
# Benchmarks (not part of the test run). Usage: bench/run.sh [module|all] [threads] [rounds]
# Builds leakguard, then prints the analyzer's time on the JDK's own sources next to a bare
# JavaParser parse of the same files (the floor) and to PMD 7 running its MutableStaticState rule
# and leakguard's ruleset, same files, same threads, same JVM; files per second and peak heap.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp install -DskipTests -pl annotations,core,conformance,analyzer,rules-pmd -am
./mvnw -q -B -ntp -f bench/pom.xml package
java -Xmx2g -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.leakguard.bench.AnalyzerBench "$@"

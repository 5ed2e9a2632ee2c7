#!/usr/bin/env bash
# Real-code regression tester (not part of .ci/run: it needs the network and minutes).
#
#   regression/run.sh [--diff] [LIBRARY...]   compare with regression/expected.tsv (the default)
#   regression/run.sh --update [LIBRARY...]   rewrite the expected files deliberately
#
# Resolves every sources jar of regression/libraries.tsv through Maven (cached in the local
# repository), extracts each, runs the analyzer on each in-process (2 threads), and prints the
# diff against the committed expectation and the precision against the labels:
# ../shared/data/realcode-dev/labels.tsv (beside the checkout, when present) and
# regression/labels.tsv. See regression/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  sed -n '4,5p' "$0" | sed 's/^# *//'
}

for arg in "$@"; do
  case "$arg" in
    -h | --help) usage; exit 0 ;;
  esac
done

work=regression/target/run
./mvnw -q -B -ntp package -DskipTests -pl regression -am
classpath="regression/target/classes:analyzer/target/leakguard-cli.jar"
tester() {
  # shellcheck disable=SC2086 # the options are words
  java ${REGRESSION_JAVA_OPTS:--Xmx3g} -cp "$classpath" dev.leakguard.regression.Main "$@"
}

tester pom --libraries regression/libraries.tsv --out "$work/sources-pom/pom.xml" --parent ../../../../pom.xml
./mvnw -q -B -ntp -f "$work/sources-pom/pom.xml" dependency:copy-dependencies \
  -Dmdep.useRepositoryLayout=true -DoutputDirectory="$PWD/$work/jars"

tester run --libraries regression/libraries.tsv --jars "$work/jars" --work "$work" --threads 2 \
  --expected regression/expected.tsv --expected-diagnostics regression/expected-diagnostics.tsv \
  --labels ../shared/data/realcode-dev/labels.tsv --labels regression/labels.tsv \
  "$@"

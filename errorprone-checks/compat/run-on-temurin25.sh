#!/usr/bin/env bash
# Compatibility: the leakguard-errorprone jar, built once against Error Prone 2.42.0 on JDK 17,
# must load and report under the newest Error Prone that runs on Temurin 25 (TOOLCHAIN.md).
# Compiles a case-study file there and asserts leakguard's warning. Prints a SKIP line and exits
# 0 when no Temurin 25 JDK is installed.
#
#   errorprone-checks/compat/run-on-temurin25.sh
#
# Environment: TEMURIN25_HOME (default: the first /usr/lib/jvm/temurin-25*), EP_VERSION (default
# 2.52.0), MVN (default: the repo's ./mvnw, else mvn), MVN_ARGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

jdk="${TEMURIN25_HOME:-}"
if [[ -z "$jdk" ]]; then
  for candidate in /usr/lib/jvm/temurin-25*; do
    if [[ -x "$candidate/bin/javac" ]]; then jdk="$candidate"; break; fi
  done
fi
if [[ -z "$jdk" || ! -x "$jdk/bin/javac" ]]; then
  echo "SKIP: Error Prone compatibility on Temurin 25: no JDK at /usr/lib/jvm/temurin-25* (set TEMURIN25_HOME)"
  exit 0
fi
ep_version="${EP_VERSION:-2.52.0}"
if [[ -z "${MVN:-}" ]]; then
  if [[ -x "$repo/mvnw" ]]; then MVN="$repo/mvnw"; else MVN=mvn; fi
fi

# shellcheck source=errorprone-classpath.sh
source "$repo/errorprone-checks/compat/errorprone-classpath.sh"
leakguard_errorprone_jars

work=$(mktemp -d)
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT

# Error Prone's own class path, resolved by Maven.
ep_path=$(errorprone_classpath)
processorpath="$ep_path:$checks:$core"

source_file="$repo/examples/case-study/src/main/java/dev/leakguard/examples/casestudy/DataTransformer.java"
if [[ ! -f "$source_file" ]]; then
  source_file="$repo/conformance/cases/single-file/growth/PutIntoMap.java"
fi

jflags=()
for p in api file main model parser processing tree util; do
  jflags+=("-J--add-exports=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED")
done
for p in code comp; do
  jflags+=("-J--add-opens=jdk.compiler/com.sun.tools.javac.$p=ALL-UNNAMED")
done

mkdir -p "$work/classes"
set +e
"$jdk/bin/javac" "${jflags[@]}" -d "$work/classes" -processorpath "$processorpath" \
  -XDcompilePolicy=simple --should-stop=ifError=FLOW \
  "-Xplugin:ErrorProne -XepDisableAllChecks -Xep:UnboundedStaticCollection:WARN -Xep:UnboundedSingletonCollection:WARN -Xep:UnboundedCacheBuilder:WARN" \
  "$source_file" > "$work/javac.log" 2>&1
status=$?
set -e
cat "$work/javac.log"
jdk_version=$("$jdk/bin/java" -version 2>&1 | head -1)
if [[ $status -ne 0 ]]; then
  echo "FAIL: javac with Error Prone $ep_version on $jdk_version exited with $status"
  exit 1
fi
if ! grep -q "warning: \[UnboundedStaticCollection\] Static map" "$work/javac.log"; then
  echo "FAIL: no [UnboundedStaticCollection] warning from Error Prone $ep_version on $jdk_version"
  exit 1
fi
echo "OK: leakguard-errorprone $leakguard_version reported under Error Prone $ep_version on $jdk_version"

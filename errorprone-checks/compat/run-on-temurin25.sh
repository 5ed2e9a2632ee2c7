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

version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' errorprone-checks/pom.xml | head -1)
checks="errorprone-checks/target/leakguard-errorprone-$version.jar"
core="core/target/leakguard-core-$version.jar"
if [[ ! -f "$checks" || ! -f "$core" ]]; then
  echo "compat: building leakguard-errorprone (jar missing)"
  "$MVN" -q -B ${MVN_ARGS:-} install -pl annotations,core,conformance,errorprone-checks -DskipTests -Dinvoker.skip
fi

work=$(mktemp -d)
trap '[[ -n "${KEEP:-}" ]] || rm -rf "$work"' EXIT

# Error Prone's own class path, resolved by Maven.
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.leakguard.compat</groupId>
  <artifactId>errorprone-classpath</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>com.google.errorprone</groupId>
      <artifactId>error_prone_core</artifactId>
      <version>$ep_version</version>
    </dependency>
  </dependencies>
</project>
POM
"$MVN" -q -B ${MVN_ARGS:-} -f "$work/pom.xml" \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$work/ep.classpath"
processorpath="$(cat "$work/ep.classpath"):$repo/$checks:$repo/$core"

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
echo "OK: leakguard-errorprone $version reported under Error Prone $ep_version on $jdk_version"

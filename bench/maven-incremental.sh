#!/usr/bin/env bash
# The Maven plugin's incremental case (not part of the test run): leakguard:check on a module whose
# sources are the JDK's java.base, run cold, again unchanged, and after touching one file.
# Prints the analysis time the plugin reports for each run and the ratios. Usage:
#   bench/maven-incremental.sh            (run bench/run.sh first, or it extracts java.base itself)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
./mvnw -q -B -ntp install -DskipTests -pl annotations,core,analyzer,maven-plugin -am
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
corpus="${TMPDIR:-/tmp}/leakguard-bench-jdk/java.base"
if [[ ! -d "$corpus" ]]; then
  mkdir -p "$(dirname "$corpus")"
  (cd "$(dirname "$corpus")" && unzip -q -o "${LEAKGUARD_SRC_ZIP:-/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip}" 'java.base/*')
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$corpus" "$work/src"
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.leakguard.bench</groupId>
  <artifactId>incremental</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <sourceDirectory>src</sourceDirectory>
    <plugins>
      <plugin>
        <groupId>dev.leakguard</groupId>
        <artifactId>leakguard-maven-plugin</artifactId>
        <version>$version</version>
        <configuration><failOnViolation>false</failOnViolation></configuration>
      </plugin>
    </plugins>
  </build>
</project>
POM
run() {
  "$repo/mvnw" -o -B -ntp -f "$work/pom.xml" "dev.leakguard:leakguard-maven-plugin:$version:check" \
    | sed -n 's/.*leakguard: analysis took \([0-9.]*\) s (\([0-9]*\) files from the cache).*/\1 \2/p'
}
read -r cold cold_hits < <(run)
read -r warm warm_hits < <(run)
echo "// touched" >> "$work/src/java/util/HashMap.java"
read -r touched touched_hits < <(run)
echo "leakguard:check on java.base (analysis time as the plugin reports it):"
echo "  cold:              ${cold} s"
echo "  unchanged:         ${warm} s (${warm_hits} files from the cache)  = $(awk "BEGIN{printf \"%.1f\", 100*$warm/$cold}")% of cold"
echo "  one file touched:  ${touched} s (${touched_hits} files from the cache) = $(awk "BEGIN{printf \"%.1f\", 100*$touched/$cold}")% of cold"

# Sourced by errorprone-checks/compat/run-on-temurin25.sh and errorprone-checks/bench/compile-overhead.sh:
# locates (building if missing) the leakguard-errorprone and leakguard-core jars, and resolves
# Error Prone's own class path with Maven. Expects: repo, MVN, MVN_ARGS (optional), ep_version, work.

# Sets leakguard_version, and checks and core to the jars' absolute paths.
leakguard_errorprone_jars() {
  leakguard_version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$repo/errorprone-checks/pom.xml" | head -1)
  checks="$repo/errorprone-checks/target/leakguard-errorprone-$leakguard_version.jar"
  core="$repo/core/target/leakguard-core-$leakguard_version.jar"
  if [[ ! -f "$checks" || ! -f "$core" ]]; then
    echo "building leakguard-errorprone (jar missing)" >&2
    "$MVN" -q -B ${MVN_ARGS:-} -f "$repo/pom.xml" install -pl annotations,core,conformance,errorprone-checks -DskipTests -Dinvoker.skip
  fi
}

# Prints error_prone_core $ep_version's class path (resolved into $work).
errorprone_classpath() {
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.leakguard.tools</groupId>
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
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile="$work/ep.classpath" >&2
  cat "$work/ep.classpath"
}

#!/usr/bin/env bash
# The Maven plugin's incremental case (not part of the test run), each run a fresh JVM:
#   1. leakguard:check on a module whose sources are the JDK's java.base, run cold, again
#      unchanged, after touching one file (a comment appended to HashMap.java), after a code edit
#      of that file (a method added that puts into the map), after a method added to a file the
#      pre-filter does not read (Math.java), and after another edit of HashMap.java (a static map added,
#      with a method that puts into it: a new holder, a new finding, and every file that names
#      HashMap matters now);
#   2. mvn verify on a generated reactor of five modules of 300 files each (each module grows and
#      evicts the registries of the one before), cold, unchanged, after a comment appended to one
#      file of the middle module, and after a code edit of that file (a method added, so the
#      modules after it are judged again).
# Prints the analysis time the plugin reports (summed over the modules) side by side with cold.
# Usage: bench/maven-incremental.sh   (run bench/run.sh first, or it extracts java.base itself)
# Each phase's time on standard error too: MAVEN_OPTS=-Dleakguard.debugPrefilter=true bench/maven-incremental.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
./mvnw -q -B -ntp install -DskipTests -Dinvoker.skip -pl annotations,core,analyzer,maven-plugin -am
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
corpus="${TMPDIR:-/tmp}/leakguard-bench-jdk/java.base"
if [[ ! -d "$corpus" ]]; then
  mkdir -p "$(dirname "$corpus")"
  (cd "$(dirname "$corpus")" && unzip -q -o "${LEAKGUARD_SRC_ZIP:-/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip}" 'java.base/*')
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

plugin() {
  cat <<XML
      <plugin>
        <groupId>dev.leakguard</groupId>
        <artifactId>leakguard-maven-plugin</artifactId>
        <version>$version</version>
        <configuration><failOnViolation>false</failOnViolation></configuration>
        $1
      </plugin>
XML
}

# Sums "analysis took S s (N files from the cache)" over the modules of one mvn run: "S N".
timed() {
  "$repo/mvnw" -o -B -ntp "$@" \
    | sed -n 's/.*leakguard: analysis took \([0-9.]*\) s (\([0-9]*\) files from the cache).*/\1 \2/p' \
    | awk '{s += $1; n += $2} END {printf "%.2f %d\n", s, n}'
}

percent() { awk "BEGIN{printf \"%.1f\", 100*$1/$2}"; }

line() { # label seconds hits cold
  printf '  %-26s %5s s (%s files from the cache) = %s%% of cold\n' "$1" "$2" "$3" "$(percent "$2" "$4")"
}

report() { # title cold unchanged unchanged_hits commented commented_hits edited edited_hits
  echo "$1"
  echo "  cold:                      $2 s"
  line "unchanged:" "$3" "$4" "$2"
  line "a comment appended:" "$5" "$6" "$2"
  line "a code edit (a method):" "$7" "$8" "$2"
}

# Puts a member before the last closing brace of a Java file (comments after it stay after it).
add_member() { # file member
  MEMBER="$2" perl -0pi -e 's/\}((?:\s|\/\/[^\n]*)*)\z/$ENV{MEMBER}}$1/' "$1"
  grep -qF "$2" "$1" || { echo "could not edit $1" >&2; exit 1; }
}

# 1. java.base, one module.
mkdir -p "$work/jdk"
cp -r "$corpus" "$work/jdk/src"
cat > "$work/jdk/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.leakguard.bench</groupId>
  <artifactId>incremental</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build>
    <sourceDirectory>src</sourceDirectory>
    <plugins>
$(plugin "")
    </plugins>
  </build>
</project>
POM
check="dev.leakguard:leakguard-maven-plugin:$version:check"
read -r cold _ < <(timed -f "$work/jdk/pom.xml" "$check")
read -r warm warm_hits < <(timed -f "$work/jdk/pom.xml" "$check")
hashmap="$work/jdk/src/java/util/HashMap.java"
echo "// touched" >> "$hashmap"
read -r commented commented_hits < <(timed -f "$work/jdk/pom.xml" "$check")
add_member "$hashmap" '    V putForBench(K key, V value) {
        return put(key, value);
    }
'
read -r edited edited_hits < <(timed -f "$work/jdk/pom.xml" "$check")
# A code edit of a file the pre-filter does not read (it names no container and nothing that matters).
add_member "$work/jdk/src/java/lang/Math.java" '    static int clampForBench(int value) {
        return max(0, min(value, 10));
    }
'
read -r unread unread_hits < <(timed -f "$work/jdk/pom.xml" "$check")
add_member "$hashmap" '    static final Map<Object, Object> SEEN_BY_BENCH = new HashMap<>();

    static void rememberForBench(Object key) {
        SEEN_BY_BENCH.put(key, key);
    }
'
read -r holder holder_hits < <(timed -f "$work/jdk/pom.xml" "$check")
report "leakguard:check on java.base, 3,400 files (analysis time as the plugin reports it):" \
  "$cold" "$warm" "$warm_hits" "$commented" "$commented_hits" "$edited" "$edited_hits"
line "a code edit (not read):" "$unread" "$unread_hits" "$cold"
line "a code edit (a holder):" "$holder" "$holder_hits" "$cold"

# 2. A generated reactor: modules m1..m5 of 300 files, each depending on the one before.
reactor="$work/reactor"
modules=5
files=300
generate_module() { # module number
  local m=$1 dir="$reactor/m$1/src"
  for ((i = 0; i < files; i++)); do
    local pkg="com.acme.m$m.p$((i % 10))" path="$dir/com/acme/m$m/p$((i % 10))"
    mkdir -p "$path"
    if ((i % 10 == 0)); then
      cat > "$path/Registry$i.java" <<JAVA
package $pkg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Registry $i of module $m: grown by the module after it. */
public final class Registry$i {
  public static final Map<String, Object> ENTRIES = new HashMap<>();
  public static final List<String> HISTORY = new ArrayList<>();
  private static final Map<String, Integer> COUNTS = new HashMap<>();

  private Registry$i() {}

  public static int count(String key) {
    return COUNTS.merge(key, 1, Integer::sum);
  }

  public static void reset() {
    COUNTS.clear();
  }
}
JAVA
    else
      local up=$((m - 1)) r=$(((i / 10) * 10)) grow="" evict=""
      if ((up > 0 && i % 10 == 1)); then
        grow="com.acme.m$up.p0.Registry$r.ENTRIES.put(id, value);"
        evict="com.acme.m$up.p0.Registry$r.HISTORY.clear();"
      fi
      cat > "$path/Service$i.java" <<JAVA
package $pkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Service $i of module $m. */
public class Service$i {
  private final Map<String, String> settings = new LinkedHashMap<>();
  private int calls;

  public String handle(String id, Object value) {
    calls++;
    $grow
    List<String> parts = new ArrayList<>();
    for (String p : id.split("/")) {
      if (!p.isEmpty()) {
        parts.add(p.trim());
      }
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < parts.size(); k++) {
      b.append(k == 0 ? "" : ".").append(parts.get(k));
    }
    settings.put("last", b.toString());
    return b.toString() + "#" + calls;
  }

  public void close() {
    $evict
    settings.clear();
  }

  public int calls() {
    return calls;
  }
}
JAVA
    fi
  done
}
module_pom() { # module number
  local m=$1 dep=""
  if ((m > 1)); then
    dep="<dependencies><dependency><groupId>dev.leakguard.bench</groupId><artifactId>m$((m - 1))</artifactId><version>1</version><type>pom</type></dependency></dependencies>"
  fi
  cat > "$reactor/m$m/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>dev.leakguard.bench</groupId><artifactId>reactor</artifactId><version>1</version></parent>
  <artifactId>m$m</artifactId>
  <packaging>pom</packaging>
  $dep
  <build><sourceDirectory>src</sourceDirectory></build>
</project>
POM
}
mkdir -p "$reactor"
module_list=""
for ((m = 1; m <= modules; m++)); do
  generate_module "$m"
  module_pom "$m"
  module_list+="<module>m$m</module>"
done
cat > "$reactor/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.leakguard.bench</groupId>
  <artifactId>reactor</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <modules>$module_list</modules>
  <build>
    <plugins>
$(plugin "<executions><execution><goals><goal>check</goal></goals></execution></executions>")
    </plugins>
  </build>
</project>
POM
read -r cold _ < <(timed -f "$reactor/pom.xml" verify)
read -r warm warm_hits < <(timed -f "$reactor/pom.xml" verify)
service="$reactor/m3/src/com/acme/m3/p1/Service151.java"
echo "// touched" >> "$service"
read -r commented commented_hits < <(timed -f "$reactor/pom.xml" verify)
add_member "$service" '  public String describe() {
    return "service " + calls;
  }
'
read -r edited edited_hits < <(timed -f "$reactor/pom.xml" verify)
report "mvn verify on a generated reactor, 5 modules x 300 files (analysis time summed over the modules):" \
  "$cold" "$warm" "$warm_hits" "$commented" "$commented_hits" "$edited" "$edited_hits"

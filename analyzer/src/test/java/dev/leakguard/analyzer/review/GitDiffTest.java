package dev.leakguard.analyzer.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitDiffTest {
  @Test
  void parse_readsAddedLinesPerNewPath_skippingDeletionsAndDeletedFiles() {
    String diff = """
        diff --git a/src/A.java b/src/A.java
        index 1..2 100644
        --- a/src/A.java
        +++ b/src/A.java
        @@ -3,0 +4,2 @@ class A {
        +  int x;
        +  int y;
        @@ -10 +12 @@ class A {
        -  old
        +  new
        @@ -20,2 +22,0 @@ class A {
        -  gone
        -  gone
        diff --git a/src/Old.java b/src/Old.java
        deleted file mode 100644
        --- a/src/Old.java
        +++ /dev/null
        @@ -1,2 +0,0 @@
        -class Old {
        -}
        diff --git a/src/Moved.java b/src/Renamed.java
        similarity index 90%
        rename from src/Moved.java
        rename to src/Renamed.java
        --- a/src/Moved.java
        +++ b/src/Renamed.java
        @@ -5,0 +6 @@
        +  x.put(k, v);
        """;
    Map<String, BitSet> added = GitDiff.parse(diff);
    assertEquals(2, added.size(), added.toString());
    assertEquals("{4, 5, 12}", added.get("src/A.java").toString());
    assertEquals("{6}", added.get("src/Renamed.java").toString());
  }

  @Test
  void unquote_decodesGitsQuotedPaths() {
    assertEquals("b/caf\u00e9 x.java", GitDiff.unquote("\"b/caf\\303\\251 x.java\""));
    assertEquals("b/plain.java", GitDiff.unquote("b/plain.java"));
  }

  @Test
  void fetchCommand_namesTheRemoteAndBranch() {
    assertEquals("git fetch origin main:refs/remotes/origin/main", GitDiff.fetchCommand("origin/main", false));
    assertEquals("git fetch --unshallow upstream release/1.x:refs/remotes/upstream/release/1.x",
        GitDiff.fetchCommand("upstream/release/1.x", true));
  }
}

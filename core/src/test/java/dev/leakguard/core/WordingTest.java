package dev.leakguard.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordingTest {
  @Test
  void article_followsTheFirstLetter() {
    assertEquals("an ArrayList", Wording.withArticle("ArrayList"));
    assertEquals("an EnumMap", Wording.withArticle("EnumMap"));
    assertEquals("a HashMap", Wording.withArticle("HashMap"));
  }

  @Test
  void whichClause_addsIsBeforeAState_notBeforeAnAction() {
    assertEquals("which grows with every add or put and has no capacity",
        Wording.whichClause("grows with every add or put and has no capacity"));
    assertEquals("which is built with no maximumSize", Wording.whichClause("built with no maximumSize"));
    assertEquals("which is a ConcurrentHashMap with no size or time limit",
        Wording.whichClause("a ConcurrentHashMap with no size or time limit"));
  }
}

package dev.leakguard.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a chain of calls on a holder does to it: one row per behaviour. */
class MethodSemanticsTest {

  @ParameterizedTest(name = "[{0}]/{1} on a {2} -> {3}")
  @CsvSource(delimiter = '|', textBlock = """
      # calls                      | arity | shape         | effect
      put                          | 2     | MAP           | GROW
      putIfAbsent                  | 2     | MAP           | GROW
      merge                        | 3     | MAP           | GROW
      add                          | 1     | LIST          | GROW
      addAll                       | 1     | SET           | GROW
      offer                        | 1     | QUEUE         | GROW
      push                         | 1     | DEQUE         | GROW
      addLast                      | 1     | DEQUE         | GROW
      add                          | -1    | SET           | GROW
      computeIfAbsent              | 2     | MAP           | GROW
      computeIfAbsent add          | 1     | MAP           | GROW
      get add                      | 1     | MAP           | GROW
      getOrDefault put             | 2     | MAP           | GROW
      asMap put                    | 2     | CACHE         | GROW
      remove                       | 1     | MAP           | SHRINK
      clear                        | 0     | LIST          | SHRINK
      poll                         | 0     | QUEUE         | SHRINK
      removeIf                     | 1     | LIST          | SHRINK
      retainAll                    | 1     | SET           | SHRINK
      drainTo                      | 1     | QUEUE         | SHRINK
      pollFirstEntry               | 0     | MAP           | SHRINK
      invalidateAll                | 0     | CACHE         | SHRINK
      entrySet iterator remove     | 0     | MAP           | SHRINK
      keySet remove                | 1     | MAP           | SHRINK
      values removeIf              | 1     | MAP           | SHRINK
      headMap clear                | 0     | MAP           | SHRINK
      subList clear                | 0     | LIST          | SHRINK
      asMap remove                 | 1     | CACHE         | SHRINK
      get remove                   | 1     | MAP           | OTHER
      computeIfAbsent remove       | 1     | MAP           | OTHER
      computeIfAbsent get          | 1     | MAP           | GROW
      put clear                    | 0     | MAP           | GROW
      get clear                    | 0     | MAP           | OTHER
      size                         | 0     | MAP           | SIZE
      isEmpty                      | 0     | LIST          | SIZE
      keySet size                  | 0     | MAP           | SIZE
      get size                     | 0     | MAP           | OTHER
      size intValue                | 0     | MAP           | OTHER
      get                          | 1     | MAP           | OTHER
      containsKey                  | 1     | MAP           | OTHER
      forEach                      | 1     | LIST          | OTHER
      stream filter                | 1     | LIST          | OTHER
      stream map collect           | 1     | LIST          | OTHER
      get                          | 2     | CACHE         | GROW
      get                          | -1    | CACHE         | GROW
      get                          | 1     | CACHE         | OTHER
      getAll                       | 2     | CACHE         | GROW
      getIfPresent                 | 1     | CACHE         | OTHER
      get                          | 1     | LOADING_CACHE | GROW
      getUnchecked                 | 1     | LOADING_CACHE | GROW
      refresh                      | 1     | LOADING_CACHE | GROW
      getUnchecked                 | 1     | CACHE         | OTHER
      get                          | 2     | MAP           | OTHER
      """)
  void effectOf(String calls, int arity, Shape shape, Effect expected) {
    List<String> chain = Arrays.asList(calls.trim().split("\\s+"));

    assertEquals(expected, MethodSemantics.effectOf(chain, arity, shape));
  }

  /** Calls an alias or getter made elsewhere only lead to the value: they do not run at the use. */
  @ParameterizedTest(name = "{0} (first {1} made elsewhere) on {3} -> {4}")
  @CsvSource(delimiter = '|', textBlock = """
      put clear                    | 1 | 0     | MAP           | OTHER
      poll add                     | 1 | 1     | QUEUE         | OTHER
      computeIfAbsent add          | 1 | 1     | MAP           | GROW
      get add                      | 1 | 1     | MAP           | GROW
      entrySet iterator remove     | 2 | 0     | MAP           | SHRINK
      computeIfAbsent remove       | 1 | 1     | MAP           | OTHER
      keySet add                   | 1 | 1     | SET           | GROW
      """)
  void effectWithCallsMadeElsewhere(String calls, int prefixSize, int arity, Shape shape, Effect expected) {
    List<String> chain = Arrays.asList(calls.trim().split("\\s+"));

    assertEquals(expected, MethodSemantics.effectOf(chain, arity, shape, prefixSize));
  }

  @org.junit.jupiter.api.Test
  void emptyChain_isOther() {
    assertEquals(Effect.OTHER, MethodSemantics.effectOf(List.of(), 0, Shape.MAP));
  }
}

package dev.leakguard.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A node of the engine-neutral syntax tree a reader copies its engine's tree into
 * ({@link SyntaxFile}): declarations, statements, expressions and the few parts they share.
 * Nodes are compared by identity when a walk asks where one sits in its parent.
 */
public interface Syntax {
  /**
   * Each of an engine's nodes copied, in order; a copy that gives null (a node the tree leaves
   * out, such as an annotation type's element) is skipped. For readers.
   */
  static <S, T> List<T> copyAll(Iterable<? extends S> nodes, Function<? super S, ? extends T> copy) {
    List<T> out = new ArrayList<>();
    for (S n : nodes) {
      T c = copy.apply(n);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }
}

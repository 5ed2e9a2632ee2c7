package dev.leakguard.analyzer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A file's identifiers as sorted, distinct 64-bit hashes, scanned from raw bytes (comments, string,
 * character and text block literals skipped; non-ASCII bytes count as identifier characters; a
 * Unicode escape is not decoded, so a name spelled with one is missed), so the pre-filter can ask
 * "does this file mention X" in every round without reading it again or keeping its text.
 *
 * <p>A second set holds the identifiers that can declare or create a holder: everything outside
 * method and constructor bodies and imports (field declarations and initializers, initializer
 * blocks, class headers), plus, inside bodies, the right-hand side of an assignment to anything but a local
 * declared on the spot ({@code this.cache = new HashMap<>()}, {@code Other.map = ...}). A file that
 * names a container only in a local ({@code List<X> out = new ArrayList<>()}) cannot declare a
 * holder with it. The body of a method is recognised by the brace after its parameter list (or
 * its throws clause); a record's header is not a parameter list.
 *
 * <p>The scan also notices files that are plainly broken (merge-conflict markers, unbalanced
 * braces): those are parsed whatever they mention, so their problem is reported rather than
 * silently skipped.
 *
 * <p>And it finds where the file's code ends: the end of the line of its last token. When only
 * whitespace and whole comments follow (no Unicode escape in them), what follows cannot change
 * the file's facts: no token, no line of code, and no comment above or on a declaration's lines
 * (the documentation {@code SourceComments} attaches). Two contents whose code, up to there, is
 * the same byte for byte have the same facts.
 */
final class Identifiers {
  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  static final long FNV_PRIME = 0x100000001b3L;

  /**
   * The identifier hashes, sorted and distinct: those the code uses (static imports included), those
   * only a plain import names (an import alone uses nothing: it may serve a Javadoc link), and those
   * that can declare or create a holder (see the class comment); whether the file looks broken; and the byte ranges inside its
   * method and constructor bodies, as {from, to} pairs in order; where its code ends ({@code
   * codeEnd}, the end of its last token's line; -1 when more than whitespace and whole comments
   * follow) and the SHA-256 of the bytes before ({@code codeDigest}, set by {@link #withCodeDigest};
   * null when unknown).
   */
  record Scan(long[] ids, long[] importIds, long[] declarationIds, boolean suspect, int[] bodies, int codeEnd,
      String codeDigest) {
    /** The same scan without the body ranges, to keep in memory for every file of a large tree. */
    Scan withoutBodies() {
      return new Scan(ids, importIds, declarationIds, suspect, null, codeEnd, codeDigest);
    }

    Scan withCodeDigest(String digest) {
      return new Scan(ids, importIds, declarationIds, suspect, bodies, codeEnd, digest);
    }

    /** Whether the two scans found the same identifiers and the same brokenness. */
    boolean sameIdentifiers(Scan other) {
      return suspect == other.suspect && Arrays.equals(ids, other.ids) && Arrays.equals(importIds, other.importIds)
          && Arrays.equals(declarationIds, other.declarationIds);
    }

    /** Whether both files' code is known and the same, byte for byte: then so are their facts. */
    boolean sameCode(Scan other) {
      return !suspect && !other.suspect && codeDigest != null && codeDigest.equals(other.codeDigest);
    }

    /** Whether the file names {@code id} in its code or in an import. */
    boolean namesOrImports(long id) {
      return Arrays.binarySearch(ids, id) >= 0 || Arrays.binarySearch(importIds, id) >= 0;
    }
  }

  private static final long THROWS = hash("throws");
  private static final long IMPORT = hash("import");
  private static final long STATIC = hash("static");
  private static final long RECORD = hash("record");
  private static final long CLASS = hash("class");
  private static final long INTERFACE = hash("interface");
  private static final long ENUM = hash("enum");
  private static final long SWITCH = hash("switch");
  /** Keywords that may come before {@code name = ...} without declaring it. */
  private static final long[] STATEMENT_KEYWORDS = {hash("return"), hash("else"), hash("do"), hash("case"),
      hash("yield"), hash("throw"), hash("assert")};

  // Token kinds in the history: punctuation is its own character; these are the others.
  private static final int IDENT = -1;
  private static final int OTHER = -2; // a literal or an operator such as -> or ==

  private final byte[] b;
  private final LongList all = new LongList();
  private final LongList declarations = new LongList();
  /** The last tokens, newest at {@code (head - 1) & MASK}, for looking back a few tokens. */
  private static final int HISTORY = 64;
  private static final int MASK = HISTORY - 1;
  private final int[] kinds = new int[HISTORY];
  private final long[] hashes = new long[HISTORY];
  private int head;
  private int braces;
  /** Brace depth inside the current method or constructor body; 0 outside bodies. */
  private int bodyDepth;
  /** Inside a body, on the right of an assignment that may create a holder, until its semicolon. */
  private boolean assignedValue;
  /** Inside an import declaration, until its semicolon; and whether it is a static one. */
  private boolean inImport;
  private boolean staticImport;
  private final LongList imports = new LongList();
  /** Where the current body's text starts (after its brace). */
  private int bodyStart;
  private final java.util.stream.IntStream.Builder bodies = java.util.stream.IntStream.builder();
  /** A class, interface, enum or record name was seen: its next brace opens a class body. */
  private boolean typeHeader;
  /** For each open parenthesis (up to a depth), whether it follows {@code switch}; and for the last closed one. */
  private final boolean[] switchParens = new boolean[64];
  private int parenDepth;
  private boolean closedSwitchParen;

  private Identifiers(byte[] b) {
    this.b = b;
  }

  static Scan of(byte[] b) {
    return new Identifiers(b).scan();
  }

  private Scan scan() {
    boolean conflict = false;
    int i = 0;
    int n = b.length;
    int lastCode = 0; // just past the last token seen
    while (i < n) {
      int c = b[i] & 0xFF;
      if (isStart(c)) {
        long h = FNV_OFFSET;
        while (i < n && isPart(b[i] & 0xFF)) {
          h = (h ^ (b[i] & 0xFF)) * FNV_PRIME;
          i++;
        }
        identifier(h);
        lastCode = i;
        continue;
      }
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        i++;
        continue;
      } else if (c == '/' && i + 1 < n && b[i + 1] == '/') {
        i = lineEnd(i);
        continue;
      } else if (c == '/' && i + 1 < n && b[i + 1] == '*') {
        i = blockCommentEnd(i + 2);
        continue;
      } else if (c == '"' || c == '\'') {
        i = literalEnd(i);
        push(OTHER, 0);
        lastCode = i;
        continue;
      } else if (c >= '0' && c <= '9') {
        while (i < n && (isPart(b[i] & 0xFF) || b[i] == '.')) {
          i++;
        }
        push(OTHER, 0);
        lastCode = i;
        continue;
      } else if ((c == '<' || c == '>' || c == '=') && (i == 0 || b[i - 1] == '\n') && i + 7 <= n
          && b[i + 1] == c && b[i + 2] == c && b[i + 3] == c && b[i + 4] == c && b[i + 5] == c && b[i + 6] == c) {
        conflict = true; // <<<<<<<, =======, >>>>>>> at a line start
      }
      i = punctuation(c, i);
      lastCode = i;
    }
    int codeEnd = lineEnd(lastCode);
    return new Scan(all.sortedDistinct(), imports.sortedDistinct(), declarations.sortedDistinct(), conflict || braces != 0,
        bodies.build().toArray(), !opensBlockComment(lastCode, codeEnd) && onlyCommentsFrom(codeEnd) ? codeEnd : -1, null);
  }

  /** Whether only whitespace and whole comments, with no Unicode escape, come from {@code i} on. */
  private boolean onlyCommentsFrom(int i) {
    int n = b.length;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        i++;
      } else if (c == '/' && i + 1 < n && b[i + 1] == '/') {
        int end = lineEnd(i);
        if (hasUnicodeEscape(i, end)) {
          return false;
        }
        i = end;
      } else if (c == '/' && i + 1 < n && b[i + 1] == '*') {
        int end = blockCommentEnd(i + 2);
        if (end < i + 4 || b[end - 2] != '*' || b[end - 1] != '/' || hasUnicodeEscape(i, end)) {
          return false; // unterminated
        }
        i = end;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Whether a block comment opens between {@code from} and {@code to} (it may go on past them). */
  private boolean opensBlockComment(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (b[k] == '/' && b[k + 1] == '*') {
        return true;
      }
    }
    return false;
  }

  private boolean hasUnicodeEscape(int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if (b[k] == '\\' && b[k + 1] == 'u') {
        return true;
      }
    }
    return false;
  }

  private void identifier(long h) {
    if (h == IMPORT && braces == 0 && !inImport) {
      inImport = true; // an import declares nothing and, unless static, uses nothing either
    } else if (inImport && h == STATIC && kindBack(1) == IDENT && hashBack(1) == IMPORT) {
      staticImport = true; // import static a.Holder.CACHE: the code may use CACHE alone
    }
    if (inImport && !staticImport) {
      imports.add(h);
    } else {
      all.add(h);
    }
    if ((bodyDepth == 0 || assignedValue) && !inImport) {
      declarations.add(h);
    }
    if (bodyDepth == 0 && (h == CLASS || h == INTERFACE || h == ENUM || h == RECORD) && kindBack(1) != '.') {
      typeHeader = true; // confirmed by the brace that opens the body; a stray keyword costs nothing
    }
    push(IDENT, h);
  }

  /** One punctuation character or operator at {@code i}; returns the next index. */
  private int punctuation(int c, int i) {
    int next = i + 1 < b.length ? b[i + 1] & 0xFF : 0;
    if (c == '=' && next != '=' && !isOperatorBefore(i)) {
      if (bodyDepth > 0 && !declaresLocal()) {
        assignedValue = true;
      }
      push('=', 0);
      return i + 1;
    }
    if (c == '=' || next == '=' && "!<>+-*/%&|^".indexOf(c) >= 0 || c == '-' && next == '>') {
      push(OTHER, 0);
      return i + (c == '=' || next == '=' || next == '>' ? 2 : 1);
    }
    if (c == ';') {
      assignedValue = false;
      inImport = false;
      staticImport = false;
    } else if (c == '(') {
      if (parenDepth < switchParens.length) {
        switchParens[parenDepth] = kindBack(1) == IDENT && hashBack(1) == SWITCH;
      }
      parenDepth++;
    } else if (c == ')') {
      parenDepth = Math.max(0, parenDepth - 1);
      closedSwitchParen = parenDepth < switchParens.length && switchParens[parenDepth];
    } else if (c == '{') {
      openBrace(i);
    } else if (c == '}') {
      braces--;
      if (bodyDepth > 0 && --bodyDepth == 0) {
        bodies.add(bodyStart);
        bodies.add(i);
      }
    }
    push(c, 0);
    return i + 1;
  }

  private void openBrace(int i) {
    braces++;
    if (bodyDepth > 0) {
      bodyDepth++;
    } else if (typeHeader) {
      typeHeader = false; // a class body: its members are declarations
    } else if (endsParameterList() && !(kindBack(1) == ')' && closedSwitchParen)) {
      // (a switch expression's braces in a field initializer hold values, not a body)
      bodyDepth = 1; // a method or constructor body (or an anonymous class, an enum constant's body)
      bodyStart = i + 1;
      assignedValue = false;
    }
  }

  /** Whether the tokens before a brace end a parameter list: {@code )} or {@code ) throws A, b.B}. */
  private boolean endsParameterList() {
    int back = 1;
    if (kindBack(back) == IDENT) {
      while (back < HISTORY - 2 && (kindBack(back) == IDENT || kindBack(back) == '.' || kindBack(back) == ',')) {
        if (kindBack(back) == IDENT && hashBack(back) == THROWS) {
          return kindBack(back + 1) == ')';
        }
        back++;
      }
      return false;
    }
    return kindBack(back) == ')';
  }

  /** {@code Type name =}, {@code List<X> name =}, {@code int[] name =}: a local declared on the spot. */
  private boolean declaresLocal() {
    if (kindBack(1) != IDENT) {
      return false;
    }
    int before = kindBack(2);
    if (before == '>' || before == ']') {
      return true;
    }
    if (before != IDENT) {
      return false;
    }
    long h = hashBack(2);
    for (long keyword : STATEMENT_KEYWORDS) {
      if (h == keyword) {
        return false;
      }
    }
    return true;
  }

  /** Whether the {@code =} at {@code i} belongs to an operator ({@code <=}, {@code +=}, {@code ==}). */
  private boolean isOperatorBefore(int i) {
    return i > 0 && "=!<>+-*/%&|^".indexOf(b[i - 1] & 0xFF) >= 0;
  }

  private void push(int kind, long h) {
    kinds[head & MASK] = kind;
    hashes[head & MASK] = h;
    head++;
  }

  /** The kind of the token {@code back} tokens ago (1: the last one); 0 before the file's start. */
  private int kindBack(int back) {
    return back > head ? 0 : kinds[(head - back) & MASK];
  }

  private long hashBack(int back) {
    return back > head ? 0 : hashes[(head - back) & MASK];
  }

  private int lineEnd(int i) {
    while (i < b.length && b[i] != '\n' && b[i] != '\r') {
      i++;
    }
    return i;
  }

  /** Past the closing star-slash; the end of the file if there is none (then braces will not balance). */
  private int blockCommentEnd(int i) {
    while (i + 1 < b.length && !(b[i] == '*' && b[i + 1] == '/')) {
      i++;
    }
    return Math.min(b.length, i + 2);
  }

  /**
   * Past a string, character or text block literal opening at {@code i}. A string or character
   * literal also ends at its line's end (it is unterminated: the parser will say so).
   */
  private int literalEnd(int i) {
    byte quote = b[i];
    if (quote == '"' && i + 2 < b.length && b[i + 1] == '"' && b[i + 2] == '"') {
      for (int k = i + 3; k < b.length; k++) {
        if (b[k] == '\\') {
          k++;
        } else if (b[k] == '"' && k + 2 < b.length && b[k + 1] == '"' && b[k + 2] == '"') {
          return k + 3;
        }
      }
      return b.length;
    }
    for (int k = i + 1; k < b.length; k++) {
      if (b[k] == '\\') {
        k++;
      } else if (b[k] == quote) {
        return k + 1;
      } else if (b[k] == '\n' || b[k] == '\r') {
        return k;
      }
    }
    return b.length;
  }

  /** The hash {@link #of} gives the identifier {@code name}. */
  static long hash(String name) {
    long h = FNV_OFFSET;
    for (byte x : name.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (x & 0xFF)) * FNV_PRIME;
    }
    return h;
  }

  private static boolean isStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
  }

  private static boolean isPart(int c) {
    return isStart(c) || (c >= '0' && c <= '9');
  }

  /**
   * The file with every method and constructor body emptied (its line breaks kept, everything else
   * a space), for reading only what a file declares. Bytes, so ranges from {@link Scan#bodies}
   * apply as they are; a multi-byte character inside a body becomes spaces, which is still UTF-8.
   */
  static byte[] withoutBodies(byte[] b, int[] bodies) {
    byte[] out = b.clone();
    for (int k = 0; k + 1 < bodies.length; k += 2) {
      for (int i = bodies[k]; i < bodies[k + 1]; i++) {
        if (out[i] != '\n' && out[i] != '\r') {
          out[i] = ' ';
        }
      }
    }
    return out;
  }

  /** A growable list of hashes. */
  private static final class LongList {
    private long[] values = new long[64];
    private int size;

    void add(long v) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    long[] sortedDistinct() {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int k = 0; k < sorted.length; k++) {
        if (k == 0 || sorted[k] != sorted[k - 1]) {
          sorted[distinct++] = sorted[k];
        }
      }
      return Arrays.copyOf(sorted, distinct);
    }
  }
}

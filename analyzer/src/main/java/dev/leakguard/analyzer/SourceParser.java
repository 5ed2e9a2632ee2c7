package dev.leakguard.analyzer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.CompilationUnit;
import dev.leakguard.analyzer.reader.SyntaxCopier;
import dev.leakguard.analyzer.reader.FileFacts;
import dev.leakguard.core.catalog.Catalog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one file: bytes ({@link SourceBytes}: UTF-8 whatever the source encoding) to text (a BOM
 * dropped, undecodable bytes replaced with a warning), text to a JavaParser tree in its cheapest
 * configuration, tree to facts. A local enum or interface JavaParser cannot parse is masked and
 * the file read again ({@link LocalTypeMasking}), with a warning. Never throws for bad input: it
 * returns diagnostics instead. Not thread-safe: one per thread.
 */
public final class SourceParser {
  /**
   * The default size limit for one file: larger files are generated code, not hand-written
   * holders, and are not analysed (an error naming the file) rather than risking minutes of
   * parsing and a heap spike. {@link AnalyzerConfig#maxFileBytes()} changes it.
   */
  public static final long MAX_FILE_BYTES = SourceBytes.DEFAULT_MAX_FILE_BYTES;

  /** At most this many local types are masked in one file before it counts as broken. */
  private static final int MAX_MASKED = 64;

  private final JavaParser parser;
  private final Catalog catalog;
  private final SourceBytes bytes;

  SourceParser(Catalog catalog, SourceBytes bytes) {
    this.parser = newJavaParser();
    this.catalog = catalog;
    this.bytes = bytes;
  }

  /** JavaParser as the analyzer configures it (public for the benchmark's parse-only floor). */
  public static JavaParser newJavaParser() {
    ParserConfiguration config = new ParserConfiguration()
        // JAVA_25 for the grammar ('yield' in switch expressions); its validation pass is dropped below.
        .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_25)
        .setStoreTokens(true) // node ranges (line numbers) come from the token range
        .setAttributeComments(false) // comments are attached by position, in core (SourceComments)
        .setDetectOriginalLineSeparator(false)
        .setLexicalPreservationEnabled(false)
        .setPreprocessUnicodeEscapes(false);
    dropValidation(config);
    return new JavaParser(config);
  }

  /**
   * JavaParser runs the language level's post-processors and validators as the fourth of its six
   * standard processors. leakguard reads code that compiles and reports no language errors, and
   * validation costs about a third of the parse, so it is removed. Only when the list has the shape
   * of the pinned JavaParser version: otherwise everything runs, slower but correct.
   */
  private static void dropValidation(ParserConfiguration config) {
    var processors = config.getProcessors();
    if (processors.size() == STANDARD_PROCESSORS) {
      processors.remove(VALIDATION_PROCESSOR);
    }
  }

  private static final int STANDARD_PROCESSORS = 6;
  private static final int VALIDATION_PROCESSOR = 3;

  /**
   * What reading a file gave: its facts (null if it could not be read) and diagnostics; {@code
   * declarationsOnly}: read without its method bodies ({@link #readDeclarations}).
   */
  record Outcome(FileFacts facts, List<Diagnostic> diagnostics, boolean declarationsOnly) implements java.io.Serializable {
    Outcome {
      diagnostics = List.copyOf(diagnostics);
    }

    Outcome(FileFacts facts, List<Diagnostic> diagnostics) {
      this(facts, diagnostics, false);
    }
  }

  Outcome read(Path path) {
    byte[] content;
    try {
      content = bytes.read(path);
    } catch (IOException e) {
      return unreadable(path, e);
    } catch (OutOfMemoryError e) {
      return new Outcome(null, List.of(new Diagnostic(path.toString(), 0, Diagnostic.Level.ERROR, "cannot read: out of memory")));
    }
    return read(path, content);
  }

  /** What a file that cannot be read gives: an error saying why, in words. */
  static Outcome unreadable(Path path, IOException e) {
    String message = e instanceof SourceBytes.TooLargeException tooLarge ? tooLarge.describe() : "cannot read: " + IoErrors.describe(e);
    return new Outcome(null, List.of(new Diagnostic(path.toString(), 0, Diagnostic.Level.ERROR, message)));
  }

  /**
   * Reads only what a file declares: its method and constructor bodies ({@code bodies}, byte
   * ranges from {@link Identifiers.Scan#bodies}) are emptied first. For a file that matters only
   * for its declarations (a key type, a supertype); if the emptied text does not parse, the file
   * is read whole, so that what is reported is the file's own problem.
   */
  Outcome readDeclarations(Path path, byte[] bytes, int[] bodies) {
    Outcome o = read(path, Identifiers.withoutBodies(bytes, bodies));
    return o.facts() == null ? read(path, bytes) : new Outcome(o.facts(), o.diagnostics(), true);
  }

  /** Reads a file whose bytes (UTF-8, {@link SourceBytes}) are already in hand. */
  Outcome read(Path path, byte[] bytes) {
    String file = path.toString();
    List<Diagnostic> diagnostics = new ArrayList<>();
    String source = decode(bytes, file, diagnostics);
    try {
      ParseResult<CompilationUnit> result = parser.parse(ParseStart.COMPILATION_UNIT, Providers.provider(source));
      Problem first = firstProblem(result);
      List<Diagnostic> masked = new ArrayList<>();
      String text = source;
      while (first != null && masked.size() < MAX_MASKED) {
        LocalTypeMasking.Masked mask = maskAt(text, first);
        if (mask == null) {
          break;
        }
        text = mask.source();
        masked.add(new Diagnostic(file, mask.line(), Diagnostic.Level.WARNING, mask.description()
            + " read as an empty class (JavaParser cannot parse it); the rest of the file was analysed"));
        result = parser.parse(ParseStart.COMPILATION_UNIT, Providers.provider(text));
        first = firstProblem(result);
      }
      if (first != null || result.getResult().isEmpty()) {
        // The first problem that is not a local type: masking keeps the lines, so its line is the file's.
        Problem own = first == null ? FAILED_WITHOUT_PROBLEM : first;
        int line = own.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
        diagnostics.add(new Diagnostic(file, line, Diagnostic.Level.ERROR, own == FAILED_WITHOUT_PROBLEM ? "does not parse"
            : "does not parse: " + firstLine(own.getMessage())));
        return new Outcome(null, diagnostics);
      }
      diagnostics.addAll(masked);
      source = text;
      return new Outcome(SyntaxCopier.read(file, result.getResult().get(), source, catalog), diagnostics);
    } catch (StackOverflowError e) {
      diagnostics.add(new Diagnostic(file, 0, Diagnostic.Level.ERROR, "nested too deeply to analyse"));
    } catch (RuntimeException e) {
      diagnostics.add(new Diagnostic(file, 0, Diagnostic.Level.ERROR, "internal error while reading: " + e));
    }
    return new Outcome(null, diagnostics);
  }

  /** The first problem of a parse, or null when it succeeded. */
  private static Problem firstProblem(ParseResult<CompilationUnit> result) {
    if (result.isSuccessful() && result.getResult().isPresent()) {
      return null;
    }
    // The first problem is the one to fix; the rest usually follow from it.
    return result.getProblems().isEmpty() ? FAILED_WITHOUT_PROBLEM : result.getProblems().get(0);
  }

  private static final Problem FAILED_WITHOUT_PROBLEM = new Problem("no problem reported", null, null);

  /** The masked text when the problem is at a local enum or interface, else null. */
  private static LocalTypeMasking.Masked maskAt(String text, Problem problem) {
    return problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin)
        .flatMap(b -> LocalTypeMasking.at(text, b.line, b.column)).orElse(null);
  }

  private String decode(byte[] bytes, String file, List<Diagnostic> diagnostics) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException e) {
      diagnostics.add(new Diagnostic(file, 0, Diagnostic.Level.WARNING,
          "not valid " + this.bytes.encoding().name() + "; read with replacement characters (is the source encoding"
              + " right? the build's project.build.sourceEncoding, or --encoding)"));
      return new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl >= 0 ? s.substring(0, nl) : s).trim();
  }
}

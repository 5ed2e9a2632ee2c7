package dev.leakguard.pmd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.model.ArgumentFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.ParametersFact;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.document.FileId;
import net.sourceforge.pmd.lang.java.JavaLanguageModule;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.rule.AbstractJavaRulechainRule;
import net.sourceforge.pmd.lang.rule.RuleSet;
import net.sourceforge.pmd.reporting.Report;
import org.junit.jupiter.api.Test;

/**
 * What the reader records before core resolves it (core/README.md, "Writing a reader"): the
 * guards code runs under, {@code this} as a value, a field reached through a local, shortened
 * argument lists.
 */
class PmdSyntaxCopierTest {

  /** Test only: keeps the facts of each file it sees. Reports nothing. */
  public static final class ReadingRule extends AbstractJavaRulechainRule {
    // Bound: the files of one analysis; each test clears it first.
    static final List<Facts> READ = new ArrayList<>();

    public ReadingRule() {
      super(ASTCompilationUnit.class);
      setName("LeakguardFactsRecorder");
      setLanguage(JavaLanguageModule.getInstance());
      setMessage("records facts");
    }

    @Override
    public Object visit(ASTCompilationUnit node, Object data) {
      synchronized (READ) {
        READ.add(PmdSyntaxCopier.read(node));
      }
      return null;
    }
  }

  @Test
  void deeplyNestedFile_isReadOnALargerStackInsteadOfOverflowing() throws Exception {
    // A generated table: one string concatenation of thousands of terms, as charset mappings have.
    StringBuilder table = new StringBuilder("\"\"");
    for (int i = 0; i < 10_000; i++) {
      table.append(" +\n    \"\\u00B7\\uFE54\"");
    }
    String source = """
        class C {
          static final String TABLE = %s;
          static final List<String> SEEN = new ArrayList<>();
          public static void see(String s) { SEEN.add(s); }
        }
        """.formatted(table);
    Facts[] read = new Facts[1];
    Throwable[] failed = new Throwable[1];
    Thread small = new Thread(null, () -> {
      try {
        read[0] = read(source);
      } catch (Throwable t) {
        failed[0] = t;
      }
    }, "pmd-like-worker", 8L * 1024 * 1024);
    small.start();
    small.join();

    assertEquals(null, failed[0], () -> failed[0] + " at " + java.util.Arrays.toString(
        java.util.Arrays.copyOf(failed[0].getStackTrace(), Math.min(8, failed[0].getStackTrace().length))));
    assertEquals(List.of("add"), use(read[0], "add").calls());
  }

  private static Facts read(String source) {
    ReadingRule.READ.clear();
    PMDConfiguration config = new PMDConfiguration();
    config.setIgnoreIncrementalAnalysis(true);
    config.setThreads(0);
    config.prependAuxClasspath(System.getProperty("java.class.path"));
    try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
      pmd.addRuleSet(RuleSet.forSingleRule(new ReadingRule()));
      pmd.files().addSourceFile(FileId.fromPathLikeString("p/C.java"),
          "package p;\nimport java.util.*;\n" + source);
      Report report = pmd.performAnalysisAndCollectReport();
      assertTrue(report.getProcessingErrors().isEmpty(), () -> report.getProcessingErrors().toString());
    }
    assertEquals(1, ReadingRule.READ.size());
    return ReadingRule.READ.get(0);
  }

  private static RefUse use(Facts facts, String lastCall) {
    List<RefUse> found = facts.refUses().stream()
        .filter(u -> !u.calls().isEmpty() && u.calls().get(u.calls().size() - 1).equals(lastCall)).toList();
    assertEquals(1, found.size(), () -> "one use ending in " + lastCall + ": " + facts.refUses());
    return found.get(0);
  }

  private static RefUse assignment(Facts facts, String field) {
    List<RefUse> found = facts.refUses().stream()
        .filter(u -> u.isAssignment() && u.start() instanceof Ref.Field f && f.name().equals(field)).toList();
    assertEquals(1, found.size(), () -> "one assignment to " + field + ": " + facts.refUses());
    return found.get(0);
  }

  private static Guard isNull(String field, boolean whenNull) {
    return new Guard(Guard.Kind.IS_NULL, Ref.Field.declaredIn("p.C", field), whenNull);
  }

  private static Guard flag(String field, boolean whenTrue) {
    return new Guard(Guard.Kind.FLAG, Ref.Field.declaredIn("p.C", field), whenTrue);
  }

  @Test
  void theThenBranchIsGuardedByEachOperandOfItsConditionAndCallsOfOwnMethodsToo() {
    Facts facts = read("""
        final class C {
          private static Map<String, String> cache;
          private static boolean ready;
          static void fill() {
            if (cache == null && !ready) {
              cache = new HashMap<>();
              load();
            }
          }
          static void load() {}
        }
        """);
    List<Guard> expected = List.of(isNull("cache", true), flag("ready", false));
    assertEquals(expected, assignment(facts, "cache").guards());
    CallFact load = facts.calls().stream().filter(c -> c.methodName().equals("load")).findFirst().orElseThrow();
    assertEquals(expected, load.guards());
  }

  @Test
  void theElseBranchIsGuardedByASingleConditionInvertedAndInnermostComesFirst() {
    Facts facts = read("""
        final class C {
          private static Map<String, String> cache;
          private static boolean enabled;
          private static boolean ready;
          static void put(String k) {
            if (enabled) {
              if (cache != null) {
                cache.get(k);
              } else {
                cache.put(k, k);
              }
            }
            if (ready && enabled) {
            } else {
              cache.remove(k);
            }
          }
        }
        """);
    assertEquals(List.of(isNull("cache", false), flag("enabled", true)), use(facts, "get").guards());
    assertEquals(List.of(isNull("cache", true), flag("enabled", true)), use(facts, "put").guards());
    assertEquals(List.of(), use(facts, "remove").guards(), "an else-branch of a && says nothing");
  }

  @Test
  void aConditionOtherThanANullTestOrAFlagGivesNoGuard() {
    Facts facts = read("""
        final class C {
          private static final List<String> LIST = new ArrayList<>();
          static void add(String s) {
            if (LIST.size() < 10 && s != null) {
              LIST.add(s);
            }
          }
        }
        """);
    RefUse add = use(facts, "add");
    assertEquals(1, add.guards().size(), add.guards()::toString);
    Guard onParameter = add.guards().get(0);
    assertEquals(Guard.Kind.IS_NULL, onParameter.kind());
    assertTrue(onParameter.ref() instanceof Ref.Local, onParameter::toString);
    assertEquals(false, onParameter.whenTrue());
  }

  @Test
  void thisIsTheObjectBeingConstructed() {
    Facts facts = read("""
        final class C {
          private static final List<C> ALL = new ArrayList<>();
          C() {
            ALL.add(this);
          }
        }
        """);
    assertEquals(List.of(List.of(new Expr.Other("this"))), use(facts, "add").callArguments());
  }

  @Test
  void aFieldReachedThroughALocalStartsAtTheLocalsDeclaredType() {
    Facts facts = read("""
        final class C {
          enum Style {
            PLAIN, BOLD;
            final Map<String, String> cache = new HashMap<>();
          }
          static void clearAll() {
            for (Style style : Style.values()) {
              style.cache.clear();
            }
          }
          static void trimAll() {
            for (var style : Style.values()) {
              style.cache.remove("x");
            }
          }
          static void fill(Style style, String key) {
            style.cache.put(key, key);
            Arrays.stream(Style.values()).forEach(s -> s.cache.putIfAbsent(key, key));
          }
        }
        """);
    Ref styleCache = new Ref.Field(List.of("p.C.Style"), "cache", true);
    assertEquals(styleCache, use(facts, "clear").start());
    assertEquals(styleCache, use(facts, "put").start(), "a parameter's declared type counts like a local's");
    assertTrue(facts.refUses().stream().noneMatch(u -> u.calls().contains("remove") || u.calls().contains("putIfAbsent")),
        "a var local's or an untyped lambda parameter's type is not written: nothing to start at");
  }

  @Test
  void callArgumentsAreShortenedToTheFirstFour() {
    Facts facts = read("""
        final class C {
          static final C INSTANCE = new C();
          void record(int a, int b, int c, int d, int e) {}
          static void m() {
            INSTANCE.record(1, 2, 3, 4, 5);
          }
        }
        """);
    RefUse record = use(facts, "record");
    assertEquals(5, record.arity());
    assertEquals(List.of(Expr.number("1"), Expr.number("2"), Expr.number("3"), Expr.number("4")),
        record.callArguments().get(0));
  }

  @Test
  void parametersAreRecordedInOrderForMembersOfNamedClassesOnly() {
    Facts facts = read("""
        final class C {
          private final Map<String, String> map;
          C(Map<String, String> map, int size) {
            this.map = map;
          }
          static void grow(Map<String, String> target, String key) {
            target.put(key, key);
          }
          static Comparator<String> order() {
            return new Comparator<String>() {
              public int compare(String a, String b) {
                return a.compareTo(b);
              }
            };
          }
        }
        """);
    assertEquals(List.of("<init>", "grow", "order"), facts.parameters().stream().map(ParametersFact::method).toList(),
        "the anonymous class's compare is left out: no call names it");
    assertTrue(facts.parameters().stream().allMatch(p -> p.className().equals("p.C")));
    assertEquals(List.of(parameterId(facts, "map"), parameterId(facts, "size")), facts.parameters().get(0).parameterIds());
    assertEquals(List.of(parameterId(facts, "target"), parameterId(facts, "key")), facts.parameters().get(1).parameterIds());
    assertEquals(List.of(), facts.parameters().get(2).parameterIds());
  }

  @Test
  void referencesPassedToMethodsOfNamedClassesAreArguments() {
    Facts facts = read("""
        final class C {
          private static final Map<String, String> CACHE = new HashMap<>();
          static void use(Object given, String key) {
            if (key != null) {
              grow(CACHE, key);
            }
            C.grow((Map<String, String>) given, key.trim());
            CACHE.put(key, key);
            Objects.requireNonNull(CACHE);
            new StringBuilder().append(CACHE);
          }
          static void grow(Map<String, String> target, String k) {
            target.put(k, k);
          }
        }
        """);
    Ref.Returned grow = new Ref.Returned(List.of("p.C"), "grow", 2, false);
    Member use = new Member("p.C", "use", dev.leakguard.core.model.MemberKind.METHOD);
    List<ArgumentFact> arguments = facts.arguments();
    assertEquals(4, arguments.size(), () -> "the references passed to grow (and requireNonNull's owner): " + arguments);
    ArgumentFact cache = arguments.get(0);
    assertEquals(Ref.Field.declaredIn("p.C", "CACHE"), cache.argument());
    assertEquals(grow, cache.callee());
    assertEquals(0, cache.index());
    assertEquals(use, cache.enclosing());
    assertEquals(7, cache.location().line());
    assertEquals(1, cache.guards().size(), "the call runs under key != null");
    assertEquals(new Ref.Local(parameterId(facts, "key")), arguments.get(1).argument());
    assertEquals(1, arguments.get(1).index());
    ArgumentFact cast = arguments.get(2);
    assertEquals(new Ref.Local(parameterId(facts, "given")), cast.argument(), "the cast is looked through");
    assertEquals(grow, cast.callee());
    assertEquals(List.of(), cast.guards());
    assertEquals(new Ref.Returned(List.of("java.util.Objects"), "requireNonNull", 1, false), arguments.get(3).callee(),
        "core decides whether a named class's method is one it knows; a call on a value is not named");
  }

  private static String parameterId(Facts facts, String name) {
    List<String> ids = facts.locals().stream().filter(l -> l.parameter() && l.name().equals(name)).map(LocalFact::id).toList();
    assertEquals(1, ids.size(), () -> "one parameter named " + name + ": " + facts.locals());
    return ids.get(0);
  }
}

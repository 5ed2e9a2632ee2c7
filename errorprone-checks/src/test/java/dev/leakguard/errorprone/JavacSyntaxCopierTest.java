package dev.leakguard.errorprone;

import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.errorprone.BugPattern;
import com.google.errorprone.CompilationTestHelper;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.CompilationUnitTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.CompilationUnitTree;
import dev.leakguard.core.model.ArgumentFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.ParametersFact;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import dev.leakguard.core.model.ReturnFact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader records, before core resolves it: references as javac's symbols name them, one
 * {@link LocalFact} per definition, returns, lambda sites (core/README.md, "Writing a reader").
 */
class JavacSyntaxCopierTest {

  /** Test only: keeps the facts of each compilation unit it sees. Reports nothing. */
  @BugPattern(summary = "Records what JavacSyntaxCopier reads, for tests", severity = WARNING)
  public static final class ReadingCheck extends BugChecker implements CompilationUnitTreeMatcher {
    // Bound: the units of one compilation; each test clears it first.
    static final List<Facts> READ = new ArrayList<>();

    @Override
    public Description matchCompilationUnit(CompilationUnitTree tree, VisitorState state) {
      READ.add(JavacSyntaxCopier.read(tree, state));
      return Description.NO_MATCH;
    }
  }

  private static Facts read(String source) {
    ReadingCheck.READ.clear();
    CompilationTestHelper.newInstance(ReadingCheck.class, JavacSyntaxCopierTest.class)
        .addSourceLines("C.java", "package p;", "import java.util.*;", "import java.util.function.*;", source)
        .doTest();
    assertEquals(1, ReadingCheck.READ.size());
    return ReadingCheck.READ.get(0);
  }

  private static List<LocalFact> locals(Facts facts, String name) {
    return facts.locals().stream().filter(l -> l.name().equals(name)).toList();
  }

  private static RefUse use(Facts facts, String lastCall) {
    List<RefUse> found = facts.refUses().stream()
        .filter(u -> !u.calls().isEmpty() && u.calls().get(u.calls().size() - 1).equals(lastCall)).toList();
    assertEquals(1, found.size(), () -> "one use ending in " + lastCall + ": " + facts.refUses());
    return found.get(0);
  }

  @Test
  void eachDefinitionOfALocalIsItsOwnFactAndUsesStartAtTheOneThatReachesThem() {
    Facts facts = read("""
        final class C {
          static final List<String> LIST = new ArrayList<>();
          static void m(String p) {
            List<String> a = LIST;
            a = new ArrayList<>(a);
            a.add(p);
            var v = LIST.subList(0, 1);
            v.clear();
          }
        }
        """);
    LocalFact p = locals(facts, "p").get(0);
    assertTrue(p.parameter());
    assertEquals("java.lang.String", p.type().name());

    List<LocalFact> a = locals(facts, "a");
    assertEquals(2, a.size());
    assertNotEquals(a.get(0).id(), a.get(1).id());
    assertEquals(Ref.Field.declaredIn("p.C", "LIST"), a.get(0).source());
    assertNull(a.get(1).source());
    Expr.New copy = (Expr.New) a.get(1).value();
    assertEquals(new Expr.Local(a.get(0).id(), "a"), copy.args().get(0));
    assertEquals("java.util.List", a.get(1).type().name(), "a reassignment keeps the declared type");

    RefUse add = use(facts, "add");
    assertEquals(new Ref.Local(a.get(1).id()), add.start());
    assertEquals(List.of(p.id()), add.argumentMentions());
    assertEquals(List.of(List.of(new Expr.Local(p.id(), "p"))), add.callArguments());

    LocalFact v = locals(facts, "v").get(0);
    assertNull(v.type(), "var writes no type");
    assertEquals(List.of("subList"), v.sourceCalls());
    assertEquals(new Ref.Local(v.id()), use(facts, "clear").start());
  }

  @Test
  void aLambdaRunsWhereItIsPassedAndIsKeptWhereItIsStored() {
    Facts facts = read("""
        final class C {
          static final List<String> LIST = new ArrayList<>();
          static final Consumer<String> SINK = s -> LIST.add(s);
          static final Consumer<String> REF = LIST::remove;
          static {
            List.of("a").forEach(x -> LIST.addAll(List.of(x)));
          }
          enum Kind {
            A(k -> LIST.retainAll(List.of(k)));
            Kind(Consumer<String> c) {}
          }
        }
        """);
    RefUse stored = use(facts, "add");
    assertEquals(LambdaSite.STORED, stored.lambda());
    assertEquals(MemberKind.STATIC_FIELD_INITIALIZER, stored.enclosing().kind());
    assertNull(locals(facts, "s").get(0).type(), "an untyped lambda parameter writes no type");
    assertTrue(locals(facts, "s").get(0).parameter());

    RefUse reference = use(facts, "remove");
    assertTrue(reference.methodReference());
    assertEquals(LambdaSite.STORED, reference.lambda());

    assertEquals(LambdaSite.ARGUMENT, use(facts, "addAll").lambda());
    assertEquals(LambdaSite.STORED, use(facts, "retainAll").lambda(), "an enum constant keeps its arguments");
  }

  @Test
  void getterCallsStartAtWhatTheyReturnAndReturnsOfAnyArityAreRecorded() {
    Facts facts = read("""
        final class C {
          private static final Map<String, String> ROUTES = new HashMap<>();
          private static Map<String, String> routes(String reason) {
            return (Map<String, String>) (ROUTES);
          }
          static void add(String k) {
            routes("add").put(k, k);
            C.routes("again").remove(k);
          }
        }
        """);
    assertEquals(List.of(new ReturnFact("p.C", "routes", 1, Ref.Field.declaredIn("p.C", "ROUTES"), List.of())),
        facts.returns());
    Ref returned = new Ref.Returned(List.of("p.C"), "routes", 1, false);
    assertEquals(returned, use(facts, "put").start());
    assertEquals(returned, use(facts, "remove").start());
  }

  @Test
  void recordComponentsAreParametersOfTheCompactConstructorAndEnumConstantsAreHolders() {
    Facts facts = read("""
        final class C {
          static final List<String> LIST = new ArrayList<>();
          record R(String name) {
            R {
              LIST.add(name);
            }
          }
          enum E { ONE, TWO }
        }
        """);
    LocalFact name = facts.locals().stream().filter(l -> l.name().equals("name") && l.parameter()).findFirst().orElseThrow();
    assertEquals("java.lang.String", name.type().name());
    RefUse add = use(facts, "add");
    assertEquals(MemberKind.CONSTRUCTOR, add.enclosing().kind());
    assertEquals(List.of(name.id()), add.argumentMentions());

    HolderFact one = facts.holders().stream().filter(h -> h.id().equals("p.C.E.ONE")).findFirst().orElseThrow();
    assertTrue(one.isStatic());
    assertEquals("p.C.E", one.declaredType().name());
    assertNull(one.initializer());
  }

  @Test
  void guardsAreTheConditionsAroundTheCodeInnermostFirst() {
    Facts facts = read("""
        final class C {
          private static Map<String, String> cache;
          private static boolean ready;
          private static int count;
          static void fill(String k, boolean debug) {
            if (cache == null && !ready) {
              if (debug) {
                cache.put(k, k);
              } else {
                cache.remove(k);
              }
            } else {
              cache.clear();
            }
            if (count > 0) {
              cache.get(k);
            }
            if (!(null != cache)) {
              load();
            }
          }
          static void load() {}
        }
        """);
    Ref cache = Ref.Field.declaredIn("p.C", "cache");
    Ref ready = Ref.Field.declaredIn("p.C", "ready");
    LocalFact debug = locals(facts, "debug").get(0);
    Guard cacheIsNull = new Guard(Guard.Kind.IS_NULL, cache, true);
    Guard notReady = new Guard(Guard.Kind.FLAG, ready, false);

    assertEquals(List.of(new Guard(Guard.Kind.FLAG, new Ref.Local(debug.id()), true), cacheIsNull, notReady),
        use(facts, "put").guards());
    assertEquals(List.of(new Guard(Guard.Kind.FLAG, new Ref.Local(debug.id()), false), cacheIsNull, notReady),
        use(facts, "remove").guards(), "an else-branch inverts a single condition");
    assertEquals(List.of(), use(facts, "clear").guards(), "the else-branch of an && says nothing");
    assertEquals(List.of(), use(facts, "get").guards(), "a comparison says nothing");

    CallFact load = facts.calls().stream().filter(c -> c.methodName().equals("load")).findFirst().orElseThrow();
    assertEquals(List.of(cacheIsNull), load.guards(), "!(null != x) runs when x is null");
  }

  @Test
  void aFieldReachedThroughALocalStartsAtTheLocalsDeclaredType() {
    Facts facts = read("""
        final class C {
          enum Style {
            SHORT, LONG;
            final Map<String, String> cache = new HashMap<>();
          }
          static void clearAll(Style given) {
            for (Style style : Style.values()) {
              style.cache.clear();
            }
            var inferred = Style.SHORT;
            inferred.cache.remove("a");
            given.cache.putAll(Map.of());
          }
          Object self() {
            Object me = this;
            return me;
          }
        }
        """);
    assertEquals(new Ref.Field(List.of("p.C.Style"), "cache", true), use(facts, "clear").start());
    assertTrue(facts.refUses().stream().noneMatch(u -> u.calls().contains("remove")), "a var local says nothing");
    assertEquals(new Ref.Field(List.of("p.C.Style"), "cache", true), use(facts, "putAll").start(),
        "a parameter's declared type says what it holds, like a local's");
    assertEquals(new Expr.Other("this"), locals(facts, "me").get(0).value(), "this is the object being constructed");
  }

  @Test
  void parametersAreRecordedInOrderAndPlainReferencesPassedToANamedClassesMethodAreArguments() {
    Facts facts = read("""
        final class C {
          static final Map<String, String> MAP = new HashMap<>();
          C(Map<String, String> m) {
            this(m, 0);
          }
          C(Map<String, String> m, int n) {}
          static void fill(String k, boolean debug) {
            Map<String, String> local = MAP;
            if (debug) {
              grow((Map<String, String>) (MAP), k);
            }
            C.grow(local, "x");
            List.of("a").forEach(x -> grow(C.MAP, x));
            MAP.putAll(local);
            grow(new HashMap<>(), k.trim());
          }
          static void grow(Map<String, String> map, String key) {
            map.put(key, key);
          }
        }
        """);
    LocalFact map = locals(facts, "map").get(0);
    LocalFact key = locals(facts, "key").get(0);
    assertTrue(facts.parameters().contains(new ParametersFact("p.C", "grow", List.of(map.id(), key.id()))));
    List<LocalFact> ms = locals(facts, "m");
    assertTrue(facts.parameters().contains(new ParametersFact("p.C", Member.CONSTRUCTOR, List.of(ms.get(0).id()))));
    assertTrue(facts.parameters().contains(
        new ParametersFact("p.C", Member.CONSTRUCTOR, List.of(ms.get(1).id(), locals(facts, "n").get(0).id()))));

    Ref.Returned grow = new Ref.Returned(List.of("p.C"), "grow", 2, false);
    Ref field = Ref.Field.declaredIn("p.C", "MAP");
    LocalFact k = locals(facts, "k").get(0);
    LocalFact local = locals(facts, "local").get(0);
    LocalFact x = locals(facts, "x").get(0);
    List<ArgumentFact> arguments = facts.arguments();
    assertEquals(List.of(field, new Ref.Local(k.id()), new Ref.Local(local.id()), field, new Ref.Local(x.id())),
        arguments.stream().map(ArgumentFact::argument).toList(),
        "casts and parentheses are looked through; this(...), calls on a value and expressions are not arguments");
    assertEquals(List.of(0, 1, 0, 0, 1), arguments.stream().map(ArgumentFact::index).toList());
    assertTrue(arguments.stream().allMatch(a -> a.callee().equals(grow) && a.enclosing().name().equals("fill")));
    assertEquals(List.of(new Guard(Guard.Kind.FLAG, new Ref.Local(locals(facts, "debug").get(0).id()), true)),
        arguments.get(0).guards());
    assertEquals(List.of(), arguments.get(2).guards());
    assertEquals(LambdaSite.ARGUMENT, arguments.get(3).lambda());
  }
}

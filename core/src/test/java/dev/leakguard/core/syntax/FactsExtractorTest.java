package dev.leakguard.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.catalog.Catalog;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.Guard;
import dev.leakguard.core.model.HolderFact;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.MemberKind;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import dev.leakguard.core.syntax.Declaration.FieldDecl;
import dev.leakguard.core.syntax.Declaration.MethodDecl;
import dev.leakguard.core.syntax.Declaration.TypeDecl;
import dev.leakguard.core.syntax.Expression.Call;
import dev.leakguard.core.syntax.Expression.Lambda;
import dev.leakguard.core.syntax.Expression.Name;
import dev.leakguard.core.syntax.Expression.New;
import dev.leakguard.core.syntax.Statement.Block;
import dev.leakguard.core.syntax.Statement.ExpressionStmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one walk from a syntax tree to facts, over trees built by hand as a reader would copy them. */
class FactsExtractorTest {
  private static final Catalog CATALOG = Catalog.buildDefault();

  private static Pos at(int line, int column) {
    return new Pos(line, column);
  }

  private static TypeNode type(String name, TypeNode... args) {
    return TypeNode.classType(name, List.of(args), name);
  }

  /** {@code package p; import java.util.*; class C { static final List<String> LIST = new ArrayList<>(); ..members } } */
  private static Facts read(Declaration... members) {
    FieldDecl list = new FieldDecl(new Modifiers(false, false, false, true), List.of(),
        List.of(new VarDecl("LIST", at(3, 35), type("List", type("String")),
            new New(null, type("ArrayList"), List.of(), null, at(3, 42)))), 3, 3);
    List<Declaration> all = new java.util.ArrayList<>(List.of(list));
    all.addAll(List.of(members));
    TypeDecl c = new TypeDecl(Declaration.TypeKind.CLASS, "C", at(2, 7), Modifiers.NONE, List.of(), List.of(),
        List.of(), List.of(), all);
    return FactsExtractor.extract(new SyntaxFile("C.java", "", "p",
        List.of(new SyntaxFile.Import("java.util", false, true)), List.of(c)), CATALOG);
  }

  private static MethodDecl method(String name, List<Param> params, Statement... body) {
    return new MethodDecl(name, Modifiers.NONE, List.of(), params, new Block(List.of(body)));
  }

  @Test
  void aFieldIsAHolderWithItsTypeAndInitializerResolvedByTheImports() {
    HolderFact list = read().holders().get(0);
    assertEquals("p.C.LIST", list.id());
    assertEquals("java.util.List", list.declaredType().name());
    assertTrue(list.isStatic());
    assertEquals("java.util.ArrayList", ((Expr.New) list.initializer()).type().name());
  }

  @Test
  void aCallOnAFieldIsAUseStartingAtTheFieldWithWhatItsArgumentsMention() {
    Param p = new Param("p", at(4, 20), type("String"));
    Facts facts = read(method("add", List.of(p),
        new ExpressionStmt(new Call(new Name("LIST", at(5, 5)), "add", List.of(new Name("p", at(5, 14))), at(5, 5)))));
    LocalFact parameter = facts.locals().get(0);
    assertTrue(parameter.parameter());
    RefUse use = facts.refUses().get(0);
    assertEquals(Ref.Field.declaredIn("p.C", "LIST"), use.start());
    assertEquals(List.of("add"), use.calls());
    assertEquals(List.of(parameter.id()), use.argumentMentions());
    assertEquals(5, use.location().line());
    assertEquals(MemberKind.METHOD, use.enclosing().kind());
    assertTrue(facts.invokedMethods().contains("add"));
  }

  @Test
  void aLambdaStoredInAFieldRunsWhenCalledAndOnePassedToACallRunsThere() {
    Lambda stored = new Lambda(List.of(new Param("s", at(4, 40), TypeNode.other(TypeNode.Kind.UNWRITTEN, ""))),
        new ExpressionStmt(new Call(new Name("LIST", at(4, 45)), "add", List.of(new Name("s", at(4, 54))), at(4, 45))),
        at(4, 40));
    FieldDecl sink = new FieldDecl(new Modifiers(false, false, false, true), List.of(),
        List.of(new VarDecl("SINK", at(4, 33), type("Consumer", type("String")), stored)), 4, 4);
    Lambda passed = new Lambda(List.of(new Param("x", at(6, 20), TypeNode.other(TypeNode.Kind.UNWRITTEN, ""))),
        new ExpressionStmt(new Call(new Name("LIST", at(6, 25)), "remove", List.of(new Name("x", at(6, 37))), at(6, 25))),
        at(6, 20));
    Facts facts = read(sink, method("drain", List.of(),
        new ExpressionStmt(new Call(new Name("items", at(6, 5)), "forEach", List.of(passed), at(6, 5)))));
    RefUse add = facts.refUses().stream().filter(u -> u.calls().equals(List.of("add"))).findFirst().orElseThrow();
    assertEquals(LambdaSite.STORED, add.lambda());
    assertEquals(MemberKind.STATIC_FIELD_INITIALIZER, add.enclosing().kind());
    RefUse remove = facts.refUses().stream().filter(u -> u.calls().equals(List.of("remove"))).findFirst().orElseThrow();
    assertEquals(LambdaSite.ARGUMENT, remove.lambda());
  }

  @Test
  void aReassignedLocalIsANewDefinitionAndAnIfGivesItsConditionAsAGuard() {
    Statement declare = new ExpressionStmt(new Expression.LocalVars(List.of(
        new VarDecl("m", at(5, 14), type("List", type("String")), new Name("LIST", at(5, 18)))), at(5, 5)));
    Statement reassign = new ExpressionStmt(new Expression.Assign(new Name("m", at(6, 5)), false,
        new New(null, type("ArrayList"), List.of(), null, at(6, 9)), at(6, 5)));
    Statement guarded = new Statement.If(
        new Expression.Binary(Expression.BinaryOp.EQUALS, new Name("m", at(7, 9)),
            new Expression.Literal(Expression.LiteralKind.NULL, null, at(7, 14)), at(7, 9)),
        new ExpressionStmt(new Call(new Name("m", at(7, 20)), "clear", List.of(), at(7, 20))), null);
    Facts facts = read(method("reset", List.of(), declare, reassign, guarded));
    List<LocalFact> m = facts.locals();
    assertEquals(2, m.size());
    assertEquals(Ref.Field.declaredIn("p.C", "LIST"), m.get(0).source());
    assertEquals("java.util.List", m.get(1).type().name(), "a reassignment keeps the declared type");
    RefUse clear = facts.refUses().stream().filter(u -> u.calls().equals(List.of("clear"))).findFirst().orElseThrow();
    assertEquals(new Ref.Local(m.get(1).id()), clear.start());
    assertEquals(List.of(new Guard(Guard.Kind.IS_NULL, new Ref.Local(m.get(1).id()), true)), clear.guards());
  }

  @Test
  void anEnginesHintsWinOverTheImports() {
    TypeNode resolvedType = new TypeNode(TypeNode.Kind.CLASS, "Objects", List.of(), "Objects", "java.util.Objects", false);
    Statement check = new ExpressionStmt(new Call(new Expression.TypeName(resolvedType, at(5, 5)), "requireNonNull",
        List.of(new Name("LIST", at(5, 28))), at(5, 5)));
    TypeNode unit = new TypeNode(TypeNode.Kind.CLASS, "TimeUnit", List.of(), "TimeUnit", "java.util.concurrent.TimeUnit",
        true);
    FieldDecl byUnit = new FieldDecl(new Modifiers(false, false, false, true), List.of(),
        List.of(new VarDecl("BY_UNIT", at(4, 35), type("Map", unit, type("String")), null)), 4, 4);
    Facts facts = read(byUnit, method("check", List.of(), check));
    assertEquals(List.of("java.util.Objects"), facts.arguments().get(0).callee().owners(),
        "a type the engine resolved names the call's class");
    HolderFact holder = facts.holders().stream().filter(h -> h.name().equals("BY_UNIT")).findFirst().orElseThrow();
    assertTrue(holder.declaredType().arguments().get(0).knownEnum());
    assertEquals("java.util.concurrent.TimeUnit", holder.declaredType().arguments().get(0).name());
  }
}

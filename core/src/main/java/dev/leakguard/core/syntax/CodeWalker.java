package dev.leakguard.core.syntax;

import dev.leakguard.core.model.ArgumentFact;
import dev.leakguard.core.model.CallFact;
import dev.leakguard.core.model.Expr;
import dev.leakguard.core.model.Facts;
import dev.leakguard.core.model.InstantiationFact;
import dev.leakguard.core.model.LambdaSite;
import dev.leakguard.core.model.LocalFact;
import dev.leakguard.core.model.Location;
import dev.leakguard.core.model.Member;
import dev.leakguard.core.model.Names;
import dev.leakguard.core.model.PassedValues;
import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.RefUse;
import dev.leakguard.core.model.TypeRef;
import dev.leakguard.core.syntax.Expression.*;
import dev.leakguard.core.syntax.Statement.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the code in members (bodies, initializers, arguments of enum constants) into facts:
 * local definitions in source order, chains of calls from references ({@link RefUse}), calls to
 * the file's own methods, references passed to them, instantiations. The node being read is the
 * top of {@link Ancestry}; what is around it tells where it runs.
 */
final class CodeWalker {
  private final FactsExtractor x;
  private final Resolver resolver;
  private final Ancestry path;
  private final Facts.Builder out;

  CodeWalker(FactsExtractor extractor) {
    this.x = extractor;
    this.resolver = extractor.resolver;
    this.path = extractor.path;
    this.out = extractor.out;
  }

  private void visit(Syntax n) {
    x.visit(n);
  }

  private void visitAll(List<? extends Syntax> nodes) {
    nodes.forEach(this::visit);
  }

  private boolean inMember() {
    return resolver.currentMember != null;
  }

  private Member member() {
    return resolver.currentMember.member;
  }

  /** Reads the node at the top of the path. */
  void read(Syntax n) {
    if (n instanceof Expression e) {
      expression(e);
    } else if (n instanceof Statement s) {
      statement(s);
    } else if (n instanceof VarDecl v) {
      localVariable(v);
    } else if (n instanceof Catch c) {
      // The catch parameter is defined after its body is read, as the analyzer always did.
      visit(c.body());
      if (inMember()) {
        defineLocal(c.param().namePos(), c.param().name(), null, c.param().type(), List.of());
      }
    } else if (n instanceof SwitchCase arm) {
      visitAll(arm.labels());
      visit(arm.guard());
      visitAll(arm.body());
    }
  }

  // ---------------------------------------------------------------- statements

  private void statement(Statement s) {
    if (s instanceof Block b) {
      visitAll(b.statements());
    } else if (s instanceof ExpressionStmt es) {
      visit(es.expression());
    } else if (s instanceof If i) {
      visit(i.condition());
      visit(i.then());
      visit(i.otherwise());
    } else if (s instanceof While w) {
      visit(w.condition());
      visit(w.body());
    } else if (s instanceof Do d) {
      visit(d.body());
      visit(d.condition());
    } else if (s instanceof For f) {
      // The update before the body, as the analyzer always read it.
      visitAll(f.init());
      visit(f.condition());
      visitAll(f.update());
      visit(f.body());
    } else if (s instanceof ForEach f) {
      visit(f.iterable());
      visit(f.variable());
      visit(f.body());
    } else if (s instanceof Try t) {
      visitAll(t.resources());
      visit(t.block());
      visitAll(t.catches());
      visit(t.finallyBlock());
    } else if (s instanceof Switch sw) {
      visit(sw.selector());
      visitAll(sw.cases());
    } else if (s instanceof Return r) {
      visit(r.value());
    } else if (s instanceof Throw t) {
      visit(t.value());
    } else if (s instanceof Yield y) {
      visit(y.value());
    } else if (s instanceof Synchronized sy) {
      visit(sy.lock());
      visit(sy.body());
    } else if (s instanceof Assert a) {
      visit(a.check());
      visit(a.message());
    } else if (s instanceof Labeled l) {
      visit(l.body());
    } else if (s instanceof LocalType lt) {
      visit(lt.type());
    } else if (s instanceof ConstructorCall cc) {
      if (cc.delegates() && inMember()) {
        out.add(new PassedValues(new Ref.Returned(List.of(resolver.currentClass.name), Member.CONSTRUCTOR, cc.args().size(),
            false), member(), path.lambdaSite(path.top()), passedAll(cc.args()), enclosingConstructorArity()));
      }
      visit(cc.qualifier());
      visitAll(cc.args());
    }
  }

  // ---------------------------------------------------------------- expressions

  private void expression(Expression e) {
    if (e instanceof Name n) {
      if (inMember() && !path.isQualifier(path.top())) {
        Ref ref = resolver.resolveName(n.name());
        if (ref != null) {
          emitUse(path.top(), ref);
        }
      }
    } else if (e instanceof FieldAccess fa) {
      if (inMember() && !path.isQualifier(path.top())) {
        Ref ref = resolver.resolveFieldAccess(fa);
        if (ref != null) {
          emitUse(path.top(), ref);
          return;
        }
      }
      visit(fa.scope());
    } else if (e instanceof Call c) {
      call(c);
    } else if (e instanceof New n) {
      instantiation(n);
    } else if (e instanceof Lambda l) {
      lambda(l);
    } else if (e instanceof MethodRef mr) {
      methodReference(mr);
    } else if (e instanceof Assign a) {
      assignment(a);
    } else if (e instanceof TypePattern p) {
      if (inMember()) {
        defineLocal(p.namePos(), p.name(), null, p.type(), List.of());
      }
    } else {
      Descendants.children(e, this::visit);
    }
  }

  private void call(Call n) {
    out.invokes(n.name());
    if (inMember()) {
      recordCall(n);
      recordArguments(n);
      if (path.continuesChain(path.top())) {
        Ref ref = resolver.returnedRef(n);
        if (ref != null) {
          emitUse(path.top(), ref);
        }
      }
    }
    visit(n.scope());
    visitAll(n.args());
  }

  /** An unqualified or {@code this.}/{@code Type.} call of a method of this class or one around it. */
  private void recordCall(Call n) {
    if (n.scope() != null && !resolver.isThisOrOwnType(n.scope())) {
      return;
    }
    ClassScope target = resolver.currentClass.declaringMethod(n.name());
    if (target != null) {
      out.add(new CallFact(member(), target.name, n.name(), x.guards.guardsOf(path.top())));
    }
  }

  /** A reference passed to a method of a named class: core applies what that method does to the parameter. */
  private void recordArguments(Call n) {
    if (!(resolver.returnedRef(n) instanceof Ref.Returned callee)) {
      return;
    }
    if (!n.args().isEmpty()) { // a call without arguments passes nothing that decides
      out.add(new PassedValues(callee, member(), path.lambdaSite(path.top()), passedAll(n.args())));
    }
    for (int i = 0; i < n.args().size(); i++) {
      Expression a = Resolver.strip(n.args().get(i));
      Ref ref = a instanceof Name || a instanceof FieldAccess ? resolver.referenceOf(a) : null;
      if (ref != null) {
        out.add(new ArgumentFact(ref, callee, i, x.location(n.pos()), member(), path.lambdaSite(path.top()),
            x.guards.guardsOf(path.top())));
      }
    }
  }

  /** A method reference: whoever calls the function passes whatever it has. */
  private void passesAnything(List<String> owners, String method) {
    out.add(new PassedValues(new Ref.Returned(owners, method, -1, false), member(), path.lambdaSite(path.top()),
        List.of(PassedValues.Passed.OTHER)));
  }

  private int enclosingConstructorArity() {
    for (int i = path.top(); i >= 0; i--) {
      if (path.at(i) instanceof Declaration.ConstructorDecl c) {
        return c.params().size();
      }
    }
    return -1;
  }

  private List<PassedValues.Passed> passedAll(List<Expression> args) {
    List<PassedValues.Passed> passed = new ArrayList<>(args.size());
    for (Expression a : args) {
      passed.add(passed(a));
    }
    return passed;
  }

  /** A constant, a local of this member, or something else (core decides what a local holds). */
  private PassedValues.Passed passed(Expression argument) {
    Expression a = Resolver.strip(argument);
    if (a instanceof Literal l && l.kind() == LiteralKind.BOOLEAN) {
      return PassedValues.Passed.bool(Boolean.parseBoolean(l.value()));
    }
    if (isConstant(a)) {
      return PassedValues.Passed.CONSTANT;
    }
    return resolver.referenceOf(a) instanceof Ref.Local l ? PassedValues.Passed.local(l.id()) : PassedValues.Passed.OTHER;
  }

  /** A literal, a class literal, a name written as a constant, or an operator applied to constants. */
  private static boolean isConstant(Expression e) {
    Expression a = Resolver.strip(e);
    if (a instanceof Literal) {
      return true;
    }
    if (a instanceof Other o && o.kind() == OtherKind.CLASS_LITERAL) {
      return true;
    }
    if (a instanceof Name n) {
      return Names.isConstantName(n.name());
    }
    if (a instanceof FieldAccess f) {
      return Names.isConstantName(f.name()) && (f.scope() instanceof Name || f.scope() instanceof FieldAccess);
    }
    if (a instanceof Binary b) {
      return isConstant(b.left()) && isConstant(b.right());
    }
    if (a instanceof Unary u) {
      return isConstant(u.operand());
    }
    return false;
  }

  private void instantiation(New n) {
    String type = resolver.resolve(n.type());
    if (inMember()) {
      out.add(new InstantiationFact(type, member(), x.location(n.pos()), path.lambdaSite(path.top()),
          path.isReturned(path.top())));
      if (!n.args().isEmpty()) {
        out.add(new PassedValues(new Ref.Returned(List.of(type), Member.CONSTRUCTOR, n.args().size(), false), member(),
            path.lambdaSite(path.top()), passedAll(n.args())));
      }
    }
    visit(n.scope());
    visitAll(n.args());
    if (n.body() != null) {
      x.enterAnonymous(n.body(), List.of(type));
    }
  }

  private void lambda(Lambda n) {
    if (!inMember()) {
      visit(n.body());
      return;
    }
    Map<String, String> saved = new HashMap<>(resolver.currentMember.locals);
    n.params().forEach(x::addParameter);
    try {
      visit(n.body());
    } finally {
      resolver.currentMember.locals = saved;
    }
  }

  private void methodReference(MethodRef n) {
    out.invokes(n.name());
    if (inMember() && n.scope() instanceof TypeName te) {
      // `SEEN::add` reads as a type: it may name a field.
      String text = te.type().text();
      int dot = text.lastIndexOf('.');
      Ref ref = null;
      if (dot < 0 && !Resolver.looksLikeTypeName(text)) {
        ref = resolver.resolveName(text);
      } else if (dot > 0 && !Resolver.looksLikeTypeName(text.substring(dot + 1))) {
        ref = resolver.ownerField(resolver.types.resolve(text.substring(0, dot)), text.substring(dot + 1));
      }
      if (ref != null) {
        out.add(new RefUse(ref, List.of(n.name()), -1, true, null, x.location(n.pos()), member(), false,
            mentionsAround(path.top()), path.lambdaSite(path.top()), List.of(), x.guards.guardsOf(path.top())));
      }
    }
    if (inMember() && resolver.isThisOrOwnType(n.scope())) {
      ClassScope target = resolver.currentClass.declaringMethod(n.name());
      if (target != null) {
        out.add(new CallFact(member(), target.name, n.name()));
        passesAnything(List.of(target.name), n.name());
      }
    } else if (inMember() && n.scope() instanceof TypeName te) {
      passesAnything(resolver.types.candidates(te.type().text()), n.name());
    }
    visit(n.scope());
  }

  /**
   * Where a method reference passed to a call takes its arguments from: the call's receiver and its
   * other arguments ({@code items.forEach(SEEN::add)}: {@code items}).
   */
  private List<String> mentionsAround(int reference) {
    int arg = path.outermostParenthesized(reference);
    if (!(path.at(arg - 1) instanceof Call call) || !Ancestry.containsSame(call.args(), path.at(arg))) {
      return List.of();
    }
    List<String> mentions = new ArrayList<>();
    if (call.scope() != null) {
      mentions.addAll(resolver.mentions(call.scope()));
    }
    for (Expression a : call.args()) {
      if (a != path.at(arg)) {
        mentions.addAll(resolver.mentions(a));
      }
    }
    return mentions;
  }

  /** {@code values = F.values();}: a local assigned later gets a new definition. */
  private void assignment(Assign n) {
    if (inMember() && n.target() instanceof Name target && resolver.isVariable(target.name())) {
      visit(n.value());
      String name = target.name();
      if (!n.compound()) {
        defineLocal(n.pos(), name, n.value(), null, List.of());
      } else {
        // x += y: the new value is made of the old one and y.
        String previous = resolver.currentMember.locals.get(name);
        String id = x.localId(n.pos(), name);
        List<String> mentions = new ArrayList<>(resolver.mentions(n.value()));
        mentions.add(previous);
        out.add(new LocalFact(id, name, false, null, List.of(), new Expr.Other("compound"), mentions, null));
        resolver.currentMember.locals.put(name, id);
      }
      return;
    }
    visit(n.target());
    visit(n.value());
  }

  // ---------------------------------------------------------------- locals

  private void localVariable(VarDecl v) {
    visit(v.init()); // the initializer cannot see the variable it initialises
    if (!inMember()) {
      return;
    }
    // A for-each variable holds elements of what it iterates: input flows from there.
    List<String> elementsOf = path.at(path.top() - 2) instanceof ForEach loop
        ? resolver.mentions(loop.iterable()) : List.of();
    defineLocal(v.namePos(), v.name(), v.init(), v.type(), elementsOf);
  }

  /**
   * A definition of a local: {@code written} is its declared type (null for a reassignment,
   * which keeps the declaration's); {@code alsoMentions}: what a for-each variable's elements come from.
   */
  void defineLocal(Pos at, String name, Expression value, TypeNode written, List<String> alsoMentions) {
    String id = x.localId(at, name);
    TypeRef type = written != null ? x.shapes.declaredType(written)
        : resolver.localTypes.get(resolver.currentMember.locals.get(name));
    if (type != null) {
      resolver.localTypes.put(id, type);
    }
    Resolver.Chain chain = value == null ? null : resolver.chainOf(value);
    List<String> mentions = new ArrayList<>();
    if (value != null) {
      mentions.addAll(resolver.mentions(value));
    }
    mentions.addAll(alsoMentions);
    out.add(new LocalFact(id, name, false, chain == null ? null : chain.start(),
        chain == null ? List.of() : chain.calls(), value == null ? null : x.shapes.shape(value), mentions, type));
    resolver.currentMember.locals.put(name, id);
  }

  // ---------------------------------------------------------------- uses

  /** Records the chain of calls (or the assignment, or the method reference) that starts at the node at {@code start}. */
  private void emitUse(int start, Ref ref) {
    List<String> calls = new ArrayList<>();
    List<List<Expr>> callArguments = new ArrayList<>();
    List<String> argumentMentions = new ArrayList<>();
    int cur = start;
    Call last = null;
    while (cur > 0) {
      Syntax parent = path.at(cur - 1);
      if (parent instanceof Parens || parent instanceof Cast) {
        cur--;
      } else if (parent instanceof Call mc && mc.scope() == path.at(cur)) {
        calls.add(mc.name());
        callArguments.add(x.shapes.arguments(mc.args()));
        mc.args().forEach(a -> argumentMentions.addAll(resolver.mentions(a)));
        last = mc;
        cur--;
      } else {
        break;
      }
    }
    Syntax parent = path.at(cur - 1);
    Location at = x.location(((Expression) path.at(start)).pos());
    Member in = member();
    if (last == null) {
      if (parent instanceof MethodRef mr && mr.scope() == path.at(cur)) {
        out.add(new RefUse(ref, List.of(mr.name()), -1, true, null, at, in, false, List.of(),
            path.lambdaSite(cur - 1), List.of(), x.guards.guardsOf(start)));
      } else if (parent instanceof Assign a && a.target() == path.at(cur) && !a.compound()) {
        out.add(new RefUse(ref, List.of(), 0, false, x.shapes.shape(a.value()), at, in, false, List.of(),
            path.lambdaSite(cur - 1), List.of(), x.guards.guardsOf(start)));
      }
      return; // otherwise read, passed on or returned: no call on it here
    }
    if (parent instanceof MethodRef mr && mr.scope() == path.at(cur)) {
      calls.add(mr.name());
      out.add(new RefUse(ref, calls, -1, true, null, at, in, false, argumentMentions, path.lambdaSite(cur - 1),
          callArguments, x.guards.guardsOf(start)));
      return;
    }
    boolean compared = parent instanceof Binary b && b.operator().isComparison() || path.isCondition(cur);
    LambdaSite lambda = path.lambdaSite(start);
    out.add(new RefUse(ref, calls, last.args().size(), false, null, at, in, compared, argumentMentions, lambda,
        callArguments, x.guards.guardsOf(start), refusesDuplicate(cur), functionReturnsNull(last)));
  }

  /** How many methods of the file a function is followed through to find a {@code null} it returns. */
  private static final int MAX_METHOD_DEPTH = 2;

  /**
   * Whether a function passed to the call returns null on some path the file shows: a lambda whose
   * expression is null or a conditional with a null branch, or whose body has a {@code return null;}
   * (not one of a function or class nested in it), or that returns what such a method of this file
   * returns; a method reference to such a method. The methods followed are private or static ones
   * of this class or a class around it (the body seen is the body run). Core decides which calls
   * store nothing then.
   */
  private boolean functionReturnsNull(Call call) {
    for (Expression a : call.args()) {
      Expression f = Resolver.strip(a);
      if (f instanceof Lambda l && bodyReturnsNull(l.body(), 0)) {
        return true;
      }
      if (f instanceof MethodRef mr && resolver.isThisOrOwnType(mr.scope()) && methodReturnsNull(mr.name(), -1, 0)) {
        return true;
      }
    }
    return false;
  }

  /** A lambda's body or a method's: an expression that may be null, or a {@code return} of one. */
  private boolean bodyReturnsNull(Statement body, int depth) {
    if (body instanceof ExpressionStmt es) {
      return mayBeNull(es.expression(), depth);
    }
    List<Return> returns = new ArrayList<>();
    Descendants.returnsOf(body, returns);
    for (Return r : returns) {
      if (r.value() != null && mayBeNull(r.value(), depth)) {
        return true;
      }
    }
    return false;
  }

  /** The null literal, a conditional with a branch that may be null, or a call of a method of this file that returns null. */
  private boolean mayBeNull(Expression value, int depth) {
    Expression e = Resolver.strip(value);
    if (e instanceof Literal l) {
      return l.kind() == LiteralKind.NULL;
    }
    if (e instanceof Conditional c) {
      return mayBeNull(c.then(), depth) || mayBeNull(c.otherwise(), depth);
    }
    if (e instanceof Call c && (c.scope() == null || resolver.isThisOrOwnType(c.scope()))) {
      return methodReturnsNull(c.name(), c.args().size(), depth);
    }
    return false;
  }

  /**
   * Whether every private or static method {@code name} of this class (or the nearest class around
   * it declaring one) with {@code arity} parameters (-1: any) returns null on some path; false when
   * there is none, or one that can be overridden.
   */
  private boolean methodReturnsNull(String name, int arity, int depth) {
    if (depth >= MAX_METHOD_DEPTH) {
      return false;
    }
    ClassScope owner = resolver.currentClass.declaringMethod(name);
    if (owner == null) {
      return false;
    }
    boolean any = false;
    for (Declaration.MethodDecl m : owner.methodDecls.getOrDefault(name, List.of())) {
      if (arity >= 0 && m.params().size() != arity) {
        continue;
      }
      if (m.body() == null || !(m.modifiers().isPrivate() || m.modifiers().isStatic())
          || !bodyReturnsNull(m.body(), depth + 1)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Whether the call at {@code call} decides a throw when what it adds was there already:
   * {@code if (M.put(k, v) != null) throw ..} (or {@code == null} with the throw in the else branch),
   * {@code if (!S.add(e)) throw ..}. Core decides which calls say so.
   */
  private boolean refusesDuplicate(int call) {
    int i = call;
    while (path.at(i - 1) instanceof Parens) {
      i--;
    }
    Syntax parent = path.at(i - 1);
    boolean trueMeansPresent;
    if (parent instanceof Binary b && (b.operator() == BinaryOp.EQUALS || b.operator() == BinaryOp.NOT_EQUALS)
        && (isNullLiteral(b.left()) || isNullLiteral(b.right()))) {
      trueMeansPresent = b.operator() == BinaryOp.NOT_EQUALS;
    } else if (parent instanceof Unary u && u.operator() == UnaryOp.NOT) {
      trueMeansPresent = true;
    } else {
      return false;
    }
    int condition = i - 1;
    while (path.at(condition - 1) instanceof Parens) {
      condition--;
    }
    if (!(path.at(condition - 1) instanceof If s) || s.condition() != path.at(condition)) {
      return false;
    }
    return throwsAtOnce(trueMeansPresent ? s.then() : s.otherwise());
  }

  private static boolean isNullLiteral(Expression e) {
    return Resolver.strip(e) instanceof Literal l && l.kind() == LiteralKind.NULL;
  }

  /** A {@code throw}, or a block that ends in one. */
  private static boolean throwsAtOnce(Statement s) {
    return s instanceof Throw
        || s instanceof Block b && !b.statements().isEmpty() && b.statements().get(b.statements().size() - 1) instanceof Throw;
  }
}

package dev.leakguard.core.syntax;

import dev.leakguard.core.model.Ref;
import dev.leakguard.core.model.TypeRef;
import dev.leakguard.core.source.ImportScope;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What names mean where the walk stands, as far as syntax tells: a local (at the definition that
 * reaches here), a field of an enclosing class, a field or method of a named class, a type. It
 * names references; whether they are holders is core's resolution ({@code analysis/References}).
 */
final class Resolver {
  /** A chain of calls from a reference: {@code F}, {@code F.entrySet().iterator()}, {@code registry()}. */
  record Chain(Ref start, List<String> calls) {}

  final ImportScope types;
  /** Each local definition's declared type, so that a reassignment keeps it. */
  final Map<String, TypeRef> localTypes = new HashMap<>();
  /** Field types of every named class of the file entered so far, by qualified name. */
  final Map<String, Map<String, String>> fieldTypesByClass = new HashMap<>();
  ClassScope currentClass;
  MemberScope currentMember;

  Resolver(ImportScope types) {
    this.types = types;
  }

  /** Looks through parentheses and casts. */
  static Expression strip(Expression e) {
    Expression x = e;
    while (true) {
      if (x instanceof Expression.Parens p) {
        x = p.inner();
      } else if (x instanceof Expression.Cast c) {
        x = c.expression();
      } else {
        return x;
      }
    }
  }

  /** A written type's qualified name: the engine's when it resolved it, else by the file's imports. */
  String resolve(TypeNode t) {
    return t.resolved() != null ? t.resolved() : types.resolve(t.kind() == TypeNode.Kind.CLASS ? t.name() : t.text());
  }

  /** A written type's text resolved (type arguments dropped): how a field's declared type is named. */
  String resolveText(TypeNode t) {
    return t.resolved() != null ? t.resolved() : types.resolve(t.text());
  }

  boolean isVariable(String name) {
    return currentMember != null && currentMember.locals.containsKey(name);
  }

  boolean isField(String name) {
    return currentClass != null && currentClass.seesField(name);
  }

  /** The definition a local name refers to here, or null when it is not a local. */
  String localIdOf(String name) {
    return currentMember == null ? null : currentMember.locals.get(name);
  }

  /** What a simple name refers to: a local, a field of an enclosing class, or a field to look up. */
  Ref resolveName(String name) {
    if (isVariable(name)) {
      return new Ref.Local(currentMember.locals.get(name));
    }
    for (ClassScope c = currentClass; c != null; c = c.outer) {
      if (c.fieldTypes.containsKey(name)) {
        return c.synthetic ? null : Ref.Field.declaredIn(c.name, name);
      }
    }
    String owner = types.staticImportOwner(name);
    if (owner != null) {
      return new Ref.Field(types.candidates(owner), name, true);
    }
    if (looksLikeTypeName(name)) {
      return null;
    }
    List<String> owners = new ArrayList<>();
    for (String t : types.staticOnDemandTypes()) {
      owners.addAll(types.candidates(t));
    }
    boolean inherited = false;
    for (ClassScope c = currentClass; c != null; c = c.outer) {
      if (!c.superTypes.isEmpty()) {
        owners.add(c.name);
        inherited = true;
      }
    }
    return owners.isEmpty() ? null : new Ref.Field(owners, name, inherited);
  }

  Ref resolveFieldAccess(Expression.FieldAccess fa) {
    String name = fa.name();
    Expression scope = strip(fa.scope());
    if (scope instanceof Expression.This t) {
      ClassScope c = currentClass;
      if (t.qualifier() != null) {
        String simple = t.qualifier();
        while (c != null && !(c.name.equals(simple) || c.name.endsWith("." + simple))) {
          c = c.outer;
        }
      }
      if (c == null || c.synthetic) {
        return null;
      }
      if (c.fieldTypes.containsKey(name)) {
        return Ref.Field.declaredIn(c.name, name);
      }
      return c.superTypes.isEmpty() ? null : new Ref.Field(List.of(c.name), name, true);
    }
    if (scope instanceof Expression.TypeName t) {
      return ownerField(resolve(t.type()), name);
    }
    if (!(scope instanceof Expression.Name) && !(scope instanceof Expression.FieldAccess)) {
      return null;
    }
    if (scope instanceof Expression.Name local && isVariable(local.name())) {
      // A field of an object a local holds, by the local's declared type: t.cache in a loop over T.values().
      TypeRef type = localTypes.get(currentMember.locals.get(local.name()));
      return type == null ? null : new Ref.Field(types.candidates(type.name()), name, true);
    }
    // A field of a field: ResultCache.INSTANCE.results, INSTANCE.results.
    String scopeType = fieldTypeOf(scope);
    if (scopeType != null) {
      return ownerField(scopeType, name);
    }
    if (!looksLikeTypeReference(scope)) {
      if (scope instanceof Expression.FieldAccess inner && looksLikeTypeReference(inner.scope())) {
        // Registry.INSTANCE.entries, Registry declared in another file: core looks the field up in
        // the declared type of the static field the owner names.
        String type = types.resolve(SourceForm.of(inner.scope()));
        return new Ref.Field(types.candidates(type).stream().map(t -> t + "." + inner.name()).toList(), name, true);
      }
      return null;
    }
    return ownerField(types.resolve(SourceForm.of(scope)), name);
  }

  Ref ownerField(String ownerType, String field) {
    Map<String, String> here = fieldTypesByClass.get(ownerType);
    if (here != null && here.containsKey(field)) {
      return Ref.Field.declaredIn(ownerType, field);
    }
    return new Ref.Field(types.candidates(ownerType), field, true);
  }

  /** The declared type of a field an expression names, if it is a field this file declares. */
  private String fieldTypeOf(Expression e) {
    if (e instanceof Expression.Name n && !isVariable(n.name())) {
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        String t = c.fieldTypes.get(n.name());
        if (t != null) {
          return t;
        }
      }
      return null;
    }
    if (e instanceof Expression.FieldAccess fa && looksLikeTypeReference(fa.scope())) {
      Map<String, String> fields = fieldTypesByClass.get(types.resolve(SourceForm.of(fa.scope())));
      return fields == null ? null : fields.get(fa.name());
    }
    return null;
  }

  /**
   * What a call of a method returns, when the call names its class: unqualified or on
   * {@code this} (the enclosing class declaring it, or a statically imported method), or on a
   * type ({@code Registry.services()}). Calls on a value are chains: core follows getters there.
   */
  Ref returnedRef(Expression.Call n) {
    String method = n.name();
    int arity = n.args().size();
    if (n.scope() == null || strip(n.scope()) instanceof Expression.This) {
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        if (c.methods.contains(method)) {
          return c.synthetic ? null : new Ref.Returned(List.of(c.name), method, arity, false);
        }
      }
      if (n.scope() == null) {
        String owner = types.staticImportOwner(method);
        if (owner != null) {
          return new Ref.Returned(types.candidates(owner), method, arity, false);
        }
      }
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        if (!c.synthetic && !c.superTypes.isEmpty()) {
          return new Ref.Returned(List.of(c.name), method, arity, true); // an inherited getter
        }
      }
      return null;
    }
    Expression scope = strip(n.scope());
    if (scope instanceof Expression.TypeName t) {
      return new Ref.Returned(typeCandidates(t.type()), method, arity, false);
    }
    if ((scope instanceof Expression.Name || scope instanceof Expression.FieldAccess) && looksLikeTypeReference(scope)) {
      return new Ref.Returned(types.candidates(types.resolve(SourceForm.of(scope))), method, arity, false);
    }
    return null;
  }

  /** The classes a type written in an expression's place may denote: the engine's resolution, else by imports. */
  List<String> typeCandidates(TypeNode t) {
    return t.resolved() != null ? List.of(t.resolved()) : types.candidates(resolve(t));
  }

  Chain chainOf(Expression value) {
    Expression e = strip(value);
    if (e instanceof Expression.Call mc) {
      Ref returned = returnedRef(mc);
      if (returned != null) {
        return new Chain(returned, List.of());
      }
      if (mc.scope() == null) {
        return null;
      }
      Chain scope = chainOf(mc.scope());
      if (scope == null) {
        return null;
      }
      List<String> calls = new ArrayList<>(scope.calls());
      calls.add(mc.name());
      return new Chain(scope.start(), calls);
    }
    Ref ref = referenceOf(e);
    return ref == null ? null : new Chain(ref, List.of());
  }

  /** A plain reference (parentheses and casts looked through): a name or a field access. */
  Ref referenceOf(Expression e) {
    Expression x = strip(e);
    if (x instanceof Expression.Name n) {
      return resolveName(n.name());
    }
    return x instanceof Expression.FieldAccess fa ? resolveFieldAccess(fa) : null;
  }

  boolean looksLikeTypeReference(Expression scope) {
    Expression s = strip(scope);
    if (s instanceof Expression.Name n) {
      String name = n.name();
      if (isVariable(name) || isField(name)) {
        return false;
      }
      return types.isDeclaredHere(name) || looksLikeTypeName(name) || !types.resolve(name).equals(name);
    }
    if (s instanceof Expression.FieldAccess fa) {
      Expression left = fa;
      while (left instanceof Expression.FieldAccess f) {
        left = f.scope();
      }
      if (!(left instanceof Expression.Name leftName) || isVariable(leftName.name()) || isField(leftName.name())) {
        return false;
      }
      return looksLikeTypeName(fa.name());
    }
    return false;
  }

  /** {@code HashMap}, {@code Registry}: upper camel case with a lower-case letter (not a CONSTANT). */
  static boolean looksLikeTypeName(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      if (Character.isLowerCase(name.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code this}, or a name of this class or one around it: a call on it stays in the file's own classes. */
  boolean isThisOrOwnType(Expression scope) {
    Expression s = strip(scope);
    if (s instanceof Expression.This) {
      return true;
    }
    if (s instanceof Expression.TypeName te) {
      String t = te.type().text();
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        if (!c.synthetic && (c.name.equals(t) || c.name.endsWith("." + t))) {
          return true;
        }
      }
      return false;
    }
    if (s instanceof Expression.Name name && !isVariable(name.name())) {
      for (ClassScope c = currentClass; c != null; c = c.outer) {
        if (!c.synthetic && c.name.endsWith("." + name.name()) || c.name.equals(name.name())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The definitions of the locals and parameters an expression mentions, each once, in order. */
  List<String> mentions(Syntax e) {
    if (currentMember == null || currentMember.locals.isEmpty()) {
      return List.of();
    }
    if (e instanceof Expression.Name n) {
      String id = currentMember.locals.get(n.name());
      return id == null ? List.of() : List.of(id);
    }
    List<String> ids = new ArrayList<>();
    for (Expression.Name n : Descendants.of(e, Expression.Name.class)) {
      String id = currentMember.locals.get(n.name());
      if (id != null && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }
}

package dev.leakguard.core.syntax;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A class as the walk sees it from inside: its name (a made-up one for an anonymous or local
 * class, which is {@code synthetic}), its fields' declared types, its methods' names, its
 * supertypes, and the class around it.
 */
final class ClassScope {
  final String name;
  final boolean synthetic;
  final boolean isInterface;
  final ClassScope outer;
  final Map<String, String> fieldTypes = new HashMap<>();
  final Set<String> methods = new HashSet<>();
  /** The methods the body declares, by name (overloads together). */
  final Map<String, List<Declaration.MethodDecl>> methodDecls = new HashMap<>();
  final List<String> superTypes = new ArrayList<>();

  ClassScope(String name, boolean synthetic, boolean isInterface, ClassScope outer) {
    this.name = name;
    this.synthetic = synthetic;
    this.isInterface = isInterface;
    this.outer = outer;
  }

  /** Records the fields and methods a class body declares (field types resolved by {@code resolve}). */
  void collect(List<Declaration> members, java.util.function.Function<TypeNode, String> resolve) {
    for (Declaration m : members) {
      if (m instanceof Declaration.FieldDecl f) {
        for (VarDecl v : f.variables()) {
          fieldTypes.put(v.name(), resolve.apply(v.type()));
        }
      } else if (m instanceof Declaration.MethodDecl md) {
        methods.add(md.name());
        methodDecls.computeIfAbsent(md.name(), k -> new ArrayList<>(1)).add(md);
      }
    }
  }

  /** Whether this class or one around it declares field {@code name}. */
  boolean seesField(String name) {
    for (ClassScope c = this; c != null; c = c.outer) {
      if (c.fieldTypes.containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  /** The nearest class, this or one around it, declaring a method {@code method}, or null. */
  ClassScope declaringMethod(String method) {
    for (ClassScope c = this; c != null; c = c.outer) {
      if (c.methods.contains(method)) {
        return c;
      }
    }
    return null;
  }
}

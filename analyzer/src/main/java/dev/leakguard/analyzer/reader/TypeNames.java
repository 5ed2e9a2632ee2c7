package dev.leakguard.analyzer.reader;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import dev.leakguard.core.catalog.Catalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves type names as a file writes them to qualified names, from what the file itself says:
 * single-type imports, classes it declares, and on-demand imports of packages whose types the
 * catalog knows. What it cannot resolve stays as written (the catalog and the class index match
 * simple names too).
 */
final class TypeNames {
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemandPackages = new ArrayList<>();
  private final Map<String, String> staticMemberImports = new HashMap<>();
  private final List<String> staticOnDemandTypes = new ArrayList<>();
  /** Classes declared in this file by simple name and by dotted path from the top level. */
  private final Map<String, String> declared = new HashMap<>();
  private final Catalog catalog;

  TypeNames(CompilationUnit cu, Catalog catalog) {
    this.catalog = catalog;
    this.packageName = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    for (ImportDeclaration i : cu.getImports()) {
      String name = i.getNameAsString();
      if (i.isStatic()) {
        if (i.isAsterisk()) {
          staticOnDemandTypes.add(name);
        } else {
          int dot = name.lastIndexOf('.');
          if (dot > 0) {
            staticMemberImports.put(name.substring(dot + 1), name.substring(0, dot));
          }
        }
      } else if (i.isAsterisk()) {
        onDemandPackages.add(name);
      } else {
        singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
      }
    }
  }

  String packageName() {
    return packageName;
  }

  String qualify(String simpleOrPath) {
    return packageName.isEmpty() ? simpleOrPath : packageName + "." + simpleOrPath;
  }

  /** Registers a class of this file: its path from the top level, e.g. {@code Outer.Inner}. */
  void declare(String path) {
    String q = qualify(path);
    declared.put(path, q);
    declared.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), q);
  }

  boolean isDeclaredHere(String name) {
    return declared.containsKey(name);
  }

  /** The qualified name for a type as written ({@code HashMap}, {@code Map.Entry}, {@code java.util.List}). */
  String resolve(String written) {
    int lt = written.indexOf('<');
    String name = lt >= 0 ? written.substring(0, lt) : written;
    String here = declared.get(name);
    if (here != null) {
      return here;
    }
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    String rest = dot < 0 ? "" : name.substring(dot);
    String imported = singleImports.get(first);
    if (imported != null) {
      return imported + rest;
    }
    String declaredFirst = declared.get(first);
    if (declaredFirst != null) {
      return declaredFirst + rest;
    }
    if (dot >= 0) {
      return name; // already qualified, or a nested type of something we cannot see
    }
    for (String pkg : onDemandPackages) {
      String candidate = pkg + "." + name;
      if (catalog.type(candidate) != null || catalog.builder(candidate) != null
          || catalog.factory(candidate, "*") != null || catalog.factory(candidate, "of") != null) {
        return candidate;
      }
    }
    return name;
  }

  /**
   * Candidates for the class a written type name refers to, best first: the resolved name, then
   * the same name in this file's package (same-package classes need no import).
   */
  List<String> candidates(String written) {
    List<String> out = new ArrayList<>(2);
    String resolved = resolve(written);
    out.add(resolved);
    if (resolved.equals(written) && !packageName.isEmpty()) {
      out.add(packageName + "." + written);
    }
    return out;
  }

  /** The class a static import brings {@code member} from, or null. */
  String staticImportOwner(String member) {
    return staticMemberImports.get(member);
  }

  List<String> staticOnDemandTypes() {
    return staticOnDemandTypes;
  }
}

package dev.leakguard.pmd;

import dev.leakguard.core.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.pmd.lang.java.ast.ASTClassType;
import net.sourceforge.pmd.lang.java.ast.ASTCompilationUnit;
import net.sourceforge.pmd.lang.java.ast.ASTImportDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTType;
import net.sourceforge.pmd.lang.java.ast.ASTTypeArguments;
import net.sourceforge.pmd.lang.java.ast.ASTTypeDeclaration;
import net.sourceforge.pmd.lang.java.ast.ASTWildcardType;
import net.sourceforge.pmd.lang.java.symbols.JClassSymbol;
import net.sourceforge.pmd.lang.java.symbols.JTypeDeclSymbol;
import net.sourceforge.pmd.lang.java.types.JClassType;
import net.sourceforge.pmd.lang.java.types.JTypeMirror;

/**
 * Names types the way core wants them: qualified when PMD's type resolution found the class (on
 * the auxclasspath, in the JDK or in this file), else resolved through the file's imports and
 * its own classes, else as written.
 */
final class TypeNames {
  private final Map<String, String> singleImports = new HashMap<>();
  private final Map<String, String> staticImports = new HashMap<>();
  private final List<String> staticOnDemand = new ArrayList<>();
  private final Map<String, String> ownClasses = new HashMap<>();
  private final String packageName;

  TypeNames(ASTCompilationUnit root) {
    this.packageName = root.getPackageName();
    for (ASTImportDeclaration imp : root.children(ASTImportDeclaration.class)) {
      if (imp.isModuleImport()) {
        continue;
      }
      String name = imp.getImportedName();
      if (imp.isStatic()) {
        if (imp.isImportOnDemand()) {
          staticOnDemand.add(name);
        } else {
          int dot = name.lastIndexOf('.');
          if (dot > 0) {
            staticImports.put(name.substring(dot + 1), name.substring(0, dot));
          }
        }
      } else if (!imp.isImportOnDemand()) {
        singleImports.put(imp.getImportedSimpleName(), name);
      }
    }
    for (ASTTypeDeclaration t : root.descendants(ASTTypeDeclaration.class).crossFindBoundaries()) {
      String canonical = t.getCanonicalName();
      if (canonical != null) {
        ownClasses.putIfAbsent(t.getSimpleName(), canonical);
      }
    }
  }

  /** The class's name for core: canonical for named classes, binary for anonymous and local ones. */
  static String className(ASTTypeDeclaration t) {
    String canonical = t.getCanonicalName();
    return canonical != null ? canonical : t.getBinaryName();
  }

  /** A type node's name: qualified when resolved, else through imports, else as written. */
  String name(ASTType type) {
    if (type instanceof ASTClassType ct) {
      String resolved = resolvedName(ct.getTypeMirror());
      return resolved != null ? resolved : written(writtenName(ct));
    }
    return type.getText().toString();
  }

  TypeRef typeRef(ASTType type) {
    if (type == null) {
      return null;
    }
    if (type instanceof ASTClassType ct) {
      List<TypeRef> args = new ArrayList<>();
      ASTTypeArguments targs = ct.getTypeArguments();
      if (targs != null) {
        for (ASTType a : targs.children(ASTType.class)) {
          args.add(argument(a));
        }
      }
      return new TypeRef(name(ct), args, isEnum(ct.getTypeMirror()));
    }
    return TypeRef.of(type.getText().toString());
  }

  private TypeRef argument(ASTType a) {
    if (a instanceof ASTWildcardType w) {
      ASTType bound = w.getTypeBoundNode();
      return bound != null ? typeRef(bound) : TypeRef.of("?");
    }
    return typeRef(a);
  }

  /**
   * A name as written ({@code Map.Entry}, {@code com.x.Y}, {@code Caffeine}): its first segment
   * through the single-type imports or this file's classes; otherwise unchanged.
   */
  String written(String text) {
    int lt = text.indexOf('<');
    String raw = (lt >= 0 ? text.substring(0, lt) : text).replaceAll("\\s+", "");
    int dot = raw.indexOf('.');
    String first = dot < 0 ? raw : raw.substring(0, dot);
    String rest = dot < 0 ? "" : raw.substring(dot);
    String imported = singleImports.get(first);
    if (imported != null) {
      return imported + rest;
    }
    String own = ownClasses.get(first);
    if (own != null) {
      return own + rest;
    }
    return raw;
  }

  /**
   * The classes a type name may denote, best first: the name itself, and for a simple name left
   * as written, the class of that name in this file's package (which needs no import).
   */
  List<String> candidates(String name) {
    return name.indexOf('.') < 0 && !packageName.isEmpty() ? List.of(name, packageName + "." + name) : List.of(name);
  }

  /** The owner of a statically imported method called by its simple name, or null. */
  String staticImportOwner(String method) {
    String owner = staticImports.get(method);
    if (owner != null) {
      return owner;
    }
    return staticOnDemand.size() == 1 ? staticOnDemand.get(0) : null;
  }

  /** The qualified name of a resolved class type, or null when PMD could not resolve it. */
  static String resolvedName(JTypeMirror mirror) {
    if (!(mirror instanceof JClassType ct)) {
      return null;
    }
    return resolvedName(ct.getSymbol());
  }

  static String resolvedName(JTypeDeclSymbol sym) {
    if (!(sym instanceof JClassSymbol cs) || cs.isUnresolved()) {
      return null;
    }
    String canonical = cs.getCanonicalName();
    return canonical != null ? canonical : cs.getBinaryName();
  }

  static boolean isEnum(JTypeMirror mirror) {
    return mirror instanceof JClassType ct && !ct.getSymbol().isUnresolved() && ct.getSymbol().isEnum();
  }

  private static String writtenName(ASTClassType ct) {
    StringBuilder b = new StringBuilder(ct.getSimpleName());
    for (ASTClassType q = ct.getQualifier(); q != null; q = q.getQualifier()) {
      b.insert(0, q.getSimpleName() + ".");
    }
    String pkg = ct.isFullyQualified() ? ct.getPackageQualifier() : null;
    if (pkg != null && !pkg.isEmpty()) {
      b.insert(0, pkg + ".");
    }
    return b.toString();
  }
}

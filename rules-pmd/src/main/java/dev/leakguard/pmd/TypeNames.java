package dev.leakguard.pmd;

import dev.leakguard.core.model.TypeRef;
import dev.leakguard.core.source.ImportScope;
import java.util.ArrayList;
import java.util.List;
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
  /** The file's imports and own classes: what PMD's type resolution leaves unresolved goes through it. */
  private final ImportScope scope;

  TypeNames(ASTCompilationUnit root) {
    // On-demand imports resolve nothing here: a type PMD did not resolve stays as written.
    this.scope = new ImportScope(root.getPackageName(), name -> false);
    for (ASTImportDeclaration imp : root.children(ASTImportDeclaration.class)) {
      if (!imp.isModuleImport()) {
        scope.addImport(imp.getImportedName(), imp.isStatic(), imp.isImportOnDemand());
      }
    }
    String prefix = root.getPackageName().isEmpty() ? "" : root.getPackageName() + ".";
    for (ASTTypeDeclaration t : root.descendants(ASTTypeDeclaration.class).crossFindBoundaries()) {
      String canonical = t.getCanonicalName();
      if (canonical != null && canonical.startsWith(prefix)) {
        scope.declare(canonical.substring(prefix.length()));
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

  /** A name as written ({@code Map.Entry}, {@code com.x.Y}, {@code Caffeine}), through the file's imports and own classes. */
  String written(String text) {
    return scope.resolve(text);
  }

  /** The classes a type name may denote, best first ({@link ImportScope#candidates}). */
  List<String> candidates(String name) {
    return scope.candidates(name);
  }

  /**
   * The owner of a statically imported method called by its simple name, or null: its single
   * static import, else the type of the file's only on-demand static import.
   */
  String staticImportOwner(String method) {
    String owner = scope.staticImportOwner(method);
    List<String> onDemand = scope.staticOnDemandTypes();
    return owner != null ? owner : onDemand.size() == 1 ? onDemand.get(0) : null;
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

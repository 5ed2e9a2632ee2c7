package dev.leakguard.core.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a file's package, imports and own classes say about the type names it writes: the one
 * import-based name resolution every reader uses (a reader with type resolution of its own uses
 * it for what that resolution leaves unresolved). Pure string work: a reader feeds it the
 * declarations as its engine gives them.
 *
 * <p>Resolution order for a name as written ({@code HashMap}, {@code Map.Entry},
 * {@code java.util.List}): a class this file declares (by its path from the top level or its
 * simple name); the first segment through a single-type import or a class declared here; a
 * qualified name as it is; an on-demand import of a package whose type the given predicate knows;
 * else the name as written.
 */
public final class ImportScope {
  private final String packageName;
  private final Map<String, String> singleImports = new HashMap<>();
  private final List<String> onDemandPackages = new ArrayList<>();
  private final Map<String, String> staticMemberImports = new HashMap<>();
  private final List<String> staticOnDemandTypes = new ArrayList<>();
  /** Classes declared in this file by simple name and by dotted path from the top level. */
  private final Map<String, String> declared = new HashMap<>();
  private final Predicate<String> knownOnDemand;

  /**
   * @param packageName the file's package, "" for the default package
   * @param knownOnDemand whether a qualified name is a type worth taking from an on-demand import
   *     ({@code import java.util.*;}): a catalog's known types; {@code x -> false} to take none
   */
  public ImportScope(String packageName, Predicate<String> knownOnDemand) {
    this.packageName = packageName == null ? "" : packageName;
    this.knownOnDemand = knownOnDemand;
  }

  /** Records an import declaration: {@code name} as written after {@code import} (and {@code static}), without {@code .*}. */
  public void addImport(String name, boolean isStatic, boolean onDemand) {
    if (isStatic) {
      if (onDemand) {
        staticOnDemandTypes.add(name);
      } else {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
          staticMemberImports.put(name.substring(dot + 1), name.substring(0, dot));
        }
      }
    } else if (onDemand) {
      onDemandPackages.add(name);
    } else {
      singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
    }
  }

  /** Registers a class of this file by its path from the top level, e.g. {@code Outer.Inner}. */
  public void declare(String path) {
    String q = qualify(path);
    declared.put(path, q);
    declared.putIfAbsent(path.substring(path.lastIndexOf('.') + 1), q);
  }

  public String packageName() {
    return packageName;
  }

  /** A path from the top level ({@code Outer.Inner}) qualified with this file's package. */
  public String qualify(String path) {
    return packageName.isEmpty() ? path : packageName + "." + path;
  }

  public boolean isDeclaredHere(String name) {
    return declared.containsKey(name);
  }

  /** The qualified name for a type as written (see the class comment); type arguments and spaces dropped. */
  public String resolve(String written) {
    int lt = written.indexOf('<');
    String name = withoutWhitespace(lt >= 0 ? written.substring(0, lt) : written);
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
      return name; // already qualified, or a nested type of something this file does not show
    }
    for (String pkg : onDemandPackages) {
      String candidate = pkg + "." + name;
      if (knownOnDemand.test(candidate)) {
        return candidate;
      }
    }
    return name;
  }

  /** {@code s} without the whitespace a regular expression's {@code \s} matches; {@code s} itself when it has none. */
  private static String withoutWhitespace(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (space && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!space && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /**
   * Candidates for the class a written type name refers to, best first: the resolved name, then,
   * when nothing resolved it and it names a class ({@code Registry}, {@code Outer.Inner}), the
   * same name in this file's package (same-package classes need no import).
   */
  public List<String> candidates(String written) {
    List<String> out = new ArrayList<>(2);
    String resolved = resolve(written);
    out.add(resolved);
    if (resolved.equals(written) && !packageName.isEmpty() && !resolved.isEmpty()
        && (resolved.indexOf('.') < 0 || Character.isUpperCase(resolved.charAt(0)))) {
      out.add(packageName + "." + written);
    }
    return out;
  }

  /** The class a single static import brings {@code member} from, or null. */
  public String staticImportOwner(String member) {
    return staticMemberImports.get(member);
  }

  /** The types of the on-demand static imports ({@code import static a.B.*;}), in order. */
  public List<String> staticOnDemandTypes() {
    return java.util.Collections.unmodifiableList(staticOnDemandTypes);
  }
}

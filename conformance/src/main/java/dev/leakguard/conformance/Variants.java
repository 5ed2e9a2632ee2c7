package dev.leakguard.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated single-file conformance cases that vary the syntax of a few base shapes (alias chains
 * of depth 1 to 6, casts and parentheses, getters of arity 0 to 2, the growth in a lambda, an
 * anonymous class or a local class, and combinations of these) without changing the verdict.
 * Every front end runs them against the markers the generator writes, so the engines agree
 * because each equals the same expectation (issue 11).
 */
public final class Variants {
  /** The folder below the target directory the variants are written to; also their case-name prefix. */
  public static final String FOLDER = "variants";

  private Variants() {}

  /** Every variant, in a fixed order. */
  static List<Variant> all() {
    List<Variant> variants = new ArrayList<>();
    for (BaseShape shape : BaseShape.values()) {
      for (HolderAccess access : everyAccess()) {
        variants.add(new Variant(shape, access, GrowthPlacement.METHOD_BODY));
      }
      for (GrowthPlacement placement : GrowthPlacement.values()) {
        if (placement == GrowthPlacement.METHOD_BODY) {
          continue;
        }
        for (HolderAccess access : combinedAccesses()) {
          variants.add(new Variant(shape, access, placement));
        }
      }
    }
    return variants;
  }

  /**
   * Writes every variant into {@code FOLDER} below {@code targetDir} (created if need be) and loads
   * each as a single-file case, named {@code variants/<Class>.java}.
   */
  public static List<ConformanceCase> writeCases(Path targetDir) {
    Path folder = targetDir.resolve(FOLDER);
    try {
      Files.createDirectories(folder);
      List<ConformanceCase> cases = new ArrayList<>();
      for (Variant v : all()) {
        Path file = folder.resolve(v.fileName());
        Files.writeString(file, v.source(), StandardCharsets.UTF_8);
        cases.add(ConformanceCase.load(targetDir, file));
      }
      return cases;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the conformance variants into " + folder, e);
    }
  }

  /** Every way to reach the holder, each placed in a method body. */
  private static List<HolderAccess> everyAccess() {
    List<HolderAccess> accesses = new ArrayList<>();
    accesses.add(HolderAccess.direct());
    for (int depth = 1; depth <= HolderAccess.MAX_ALIAS_DEPTH; depth++) {
      accesses.add(HolderAccess.aliases(depth));
    }
    accesses.add(HolderAccess.wrapped(HolderAccess.Form.CAST));
    accesses.add(HolderAccess.wrapped(HolderAccess.Form.PARENTHESES));
    accesses.add(HolderAccess.wrapped(HolderAccess.Form.CAST_IN_PARENTHESES));
    for (int arity = 0; arity <= HolderAccess.MAX_GETTER_ARITY; arity++) {
      accesses.add(HolderAccess.getter(arity));
    }
    return accesses;
  }

  /** The accesses combined with every other placement. */
  private static List<HolderAccess> combinedAccesses() {
    return List.of(HolderAccess.direct(), HolderAccess.aliases(3),
        HolderAccess.wrapped(HolderAccess.Form.CAST_IN_PARENTHESES), HolderAccess.getter(1));
  }
}

package dev.leakguard.analyzer;

import dev.leakguard.conformance.ConformanceCases;
import java.nio.file.Path;

/** The bundled case study in {@code examples/}, as the tests and the README use it. */
final class CaseStudy {
  /** {@code examples/case-study}: reports show paths relative to it, as the Maven plugin does. */
  static final Path PROJECT = ConformanceCases.repositoryRoot().resolve("examples/case-study");

  /** The leaky sources. */
  static final Path LEAKY = PROJECT.resolve("src/main/java");

  /** The fixed sources. */
  static final Path FIXED = ConformanceCases.repositoryRoot().resolve("examples/case-study-fixed/src/main/java");

  /** The package folder of both, relative to {@link #PROJECT}. */
  static final String PACKAGE_DIR = "src/main/java/dev/leakguard/examples/casestudy/";

  private CaseStudy() {}
}

package dev.leakguard.maven;

import dev.leakguard.analyzer.AnalysisResult;
import dev.leakguard.analyzer.facts.BinaryCodec;
import dev.leakguard.analyzer.report.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What one module's {@code check} found, kept for the build-wide report ({@value #NAME} in its
 * target directory): the module, every finding and diagnostic, and the fingerprints of the
 * findings not accepted by its baseline.
 */
record ModuleReport(String module, AnalysisResult result, List<String> newFingerprints) {
  /** The file's name in a module's target directory. */
  static final String NAME = "result.lgf";

  private static final byte[] MAGIC = {'L', 'G', 'R', 'E', 'S', 'U', 'L', 'T'};
  private static final BinaryCodec<ModuleReport> CODEC = BinaryCodec.of(ModuleReport.class);

  ModuleReport {
    newFingerprints = List.copyOf(newFingerprints);
  }

  void write(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeLong(CODEC.schemaHash());
      out.write(CODEC.encode(this));
    }
    AtomicFiles.write(file, bytes.toByteArray());
  }

  /** The report in {@code file}; empty when there is none, or it was written by another leakguard. */
  static Optional<ModuleReport> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] b = Files.readAllBytes(file);
      int header = MAGIC.length + Long.BYTES;
      if (b.length < header || !Arrays.equals(b, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
        return Optional.empty();
      }
      try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(b, MAGIC.length, Long.BYTES))) {
        if (in.readLong() != CODEC.schemaHash()) {
          return Optional.empty();
        }
      }
      return Optional.of(CODEC.decode(Arrays.copyOfRange(b, header, b.length)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}

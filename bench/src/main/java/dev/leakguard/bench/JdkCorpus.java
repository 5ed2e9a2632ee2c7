package dev.leakguard.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Extracts modules of a JDK's {@code lib/src.zip} to a folder (once; reused when present). */
final class JdkCorpus {
  private JdkCorpus() {}

  static Path srcZip() {
    for (String candidate : new String[] {System.getenv("LEAKGUARD_SRC_ZIP"), "/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip",
        System.getProperty("java.home") + "/lib/src.zip"}) {
      if (candidate != null && Files.isRegularFile(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException("no JDK src.zip found: set LEAKGUARD_SRC_ZIP");
  }

  /** Extracts {@code module}'s sources ("" for every module) below {@code dir}; returns the root. */
  static Path extract(Path zip, String module, Path dir) throws IOException {
    Path marker = dir.resolve(".extracted-" + (module.isEmpty() ? "all" : module));
    if (Files.exists(marker)) {
      return module.isEmpty() ? dir : dir.resolve(module);
    }
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.isDirectory() || !e.getName().endsWith(".java") || !(module.isEmpty() || e.getName().startsWith(module + "/"))) {
          continue;
        }
        Path target = dir.resolve(e.getName()).normalize();
        if (!target.startsWith(dir)) {
          continue;
        }
        Files.createDirectories(target.getParent());
        copy(in, target);
      }
    }
    Files.createFile(marker);
    return module.isEmpty() ? dir : dir.resolve(module);
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
  }
}

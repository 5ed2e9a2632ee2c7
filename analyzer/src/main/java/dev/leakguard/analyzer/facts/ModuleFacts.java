package dev.leakguard.analyzer.facts;

import dev.leakguard.analyzer.reader.FileFacts;
import java.util.List;

/**
 * The facts one module's analysis read, as the modules that depend on it take them: {@code module}
 * names it (a Maven {@code groupId:artifactId}, or what the CLI was told), {@code files} its files'
 * facts, each named by its path.
 */
public record ModuleFacts(String module, List<FileFacts> files) {
  public ModuleFacts {
    files = List.copyOf(files);
  }
}

package dev.leakguard.analyzer.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.analyzer.Analyzer;
import dev.leakguard.analyzer.AnalyzerConfig;
import dev.leakguard.analyzer.FactsExchange;
import dev.leakguard.analyzer.reader.FileFacts;
import dev.leakguard.conformance.ConformanceCase;
import dev.leakguard.conformance.ConformanceCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts codec gives back what it was given, the same bytes every time, and refuses damaged input. */
class BinaryCodecTest {
  private static final BinaryCodec<FileFacts> CODEC = BinaryCodec.of(FileFacts.class);

  @TempDir Path dir;

  private List<FileFacts> everyConformanceFile() throws IOException {
    List<FileFacts> all = new ArrayList<>();
    List<ConformanceCase> cases = new ArrayList<>(ConformanceCases.singleFile());
    cases.addAll(ConformanceCases.crossFile());
    for (ConformanceCase c : cases) {
      Path out = dir.resolve(c.name().replace('/', '_')).resolve(FactsFile.NAME);
      new Analyzer(AnalyzerConfig.defaults().withThreads(1).withPrefilter(false))
          .analyze(c.files(), new FactsExchange(List.of(), out, c.name(), dir));
      all.addAll(FactsFile.read(out, dir).facts().files());
    }
    return all;
  }

  @Test
  void everyConformanceFilesFacts_surviveTheRoundTrip_withTheSameBytes() throws IOException {
    List<FileFacts> all = everyConformanceFile();
    assertTrue(all.size() > 50, "conformance files: " + all.size());
    for (FileFacts f : all) {
      byte[] bytes = CODEC.encode(f);
      FileFacts back = CODEC.decode(bytes);
      assertEquals(f, back, f.file());
      assertArrayEquals(bytes, CODEC.encode(back), f.file());
    }
  }

  @Test
  void truncatedOrAlteredBytes_areRefused_neverMisread() throws IOException {
    FileFacts f = everyConformanceFile().get(0);
    byte[] bytes = CODEC.encode(f);
    assertThrows(BinaryCodec.MalformedFactsException.class, () -> CODEC.decode(Arrays.copyOf(bytes, bytes.length - 1)));
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
    assertThrows(BinaryCodec.MalformedFactsException.class, () -> CODEC.decode(longer));
  }

  @Test
  void theSchemaHash_dependsOnTheShape() {
    assertEquals(CODEC.schemaHash(), BinaryCodec.of(FileFacts.class).schemaHash());
    assertTrue(CODEC.schemaHash() != BinaryCodec.of(ModuleFacts.class).schemaHash());
  }
}

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

  /** A shape the model does not use yet: every kind of component the codec takes, nulls included. */
  record Sample(int i, long l, double d, char c, boolean b, Integer boxed, Double nothing, String s, Kind kind,
      List<List<String>> nested, java.util.Set<Long> ids, java.util.Map<String, List<Integer>> map, long[] hashes, int[] offsets,
      Shape shape, Sample next) {}

  enum Kind { ONE, TWO }

  sealed interface Shape permits Circle, Square {}

  record Circle(double radius) implements Shape {}

  record Square(int side) implements Shape {}

  @Test
  void everyKindOfComponent_survivesTheRoundTrip() {
    BinaryCodec<Sample> codec = BinaryCodec.of(Sample.class);
    Sample inner = new Sample(-1, Long.MIN_VALUE, -0.5, 'z', false, null, null, null, null, null, null, null, null, null, null, null);
    Sample outer = new Sample(42, 1L << 40, 3.25, '\u00e9', true, 7, null, "text", Kind.TWO,
        List.of(List.of("a", "b"), List.of()), java.util.Set.of(3L, -9L), java.util.Map.of("k", List.of(1, 2)),
        new long[] {-5, 0, 1L << 50}, new int[] {3, 1, 2}, new Circle(1.5), inner);
    Sample back = codec.decode(codec.encode(outer));
    assertEquals(outer.i(), back.i());
    assertEquals(outer.l(), back.l());
    assertEquals(outer.d(), back.d());
    assertEquals(outer.c(), back.c());
    assertEquals(outer.boxed(), back.boxed());
    assertEquals(outer.s(), back.s());
    assertEquals(outer.kind(), back.kind());
    assertEquals(outer.nested(), back.nested());
    assertEquals(outer.ids(), back.ids());
    assertEquals(outer.map(), back.map());
    assertArrayEquals(outer.hashes(), back.hashes());
    assertArrayEquals(outer.offsets(), back.offsets());
    assertEquals(outer.shape(), back.shape());
    assertEquals(inner.l(), back.next().l());
    assertEquals(null, back.next().next());
  }

  @Test
  void aTypeItCannotEncode_isRefusedWhenTheCodecIsMade() {
    record WithObject(Object anything) {}
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BinaryCodec.of(WithObject.class));
    assertTrue(e.getMessage().contains("cannot encode type java.lang.Object"), e.getMessage());
  }

  @Test
  void theSchemaHash_dependsOnTheShape() {
    assertEquals(CODEC.schemaHash(), BinaryCodec.of(FileFacts.class).schemaHash());
    assertTrue(CODEC.schemaHash() != BinaryCodec.of(ModuleFacts.class).schemaHash());
  }
}

package dev.leakguard.analyzer.facts;

import dev.leakguard.analyzer.report.AtomicFiles;
import dev.leakguard.analyzer.reader.FileFacts;
import dev.leakguard.core.RelativePaths;
import dev.leakguard.core.model.Location;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A module's facts on disk ({@value #NAME}): in its build directory ({@code target/leakguard/}),
 * and in its jar under {@value #JAR_ENTRY}. A header (magic, format version, the digest of the
 * facts' shape) then the {@link ModuleFacts}, encoded by {@link BinaryCodec}. File paths are
 * stored relative to the repository root the writer was given, and read back relative to the
 * reader's, so facts written on one machine name the same files on another.
 */
public final class FactsFile {
  /** The file's name, in a build directory and inside a jar. */
  public static final String NAME = "facts.lgf";

  /** Where a module's jar carries its facts. */
  public static final String JAR_ENTRY = "META-INF/leakguard/" + NAME;

  private static final byte[] MAGIC = {'L', 'G', 'F', 'A', 'C', 'T', 'S', '\n'};
  private static final int FORMAT_VERSION = 2;
  private static final BinaryCodec<ModuleFacts> CODEC = BinaryCodec.of(ModuleFacts.class);
  private static final long MAX_BYTES = 512L * 1024 * 1024;

  private FactsFile() {}

  /**
   * Facts as read, decoded on first use (a module whose result is unchanged needs only their
   * digest): {@code module} names the module, {@code source} says where they come from (a file,
   * or a jar's entry), {@code digest} identifies their content (it keys the results of the modules
   * that use them), {@code writtenFor} the analysis that wrote them.
   */
  public static final class Loaded {
    private final String module;
    private final String source;
    private final String digest;
    private final String writtenFor;
    private final byte[] body;
    private final Path root;
    private ModuleFacts facts;

    private Loaded(String module, String source, String digest, String writtenFor, byte[] body, Path root) {
      this.module = module;
      this.source = source;
      this.digest = digest;
      this.writtenFor = writtenFor;
      this.body = body;
      this.root = root;
    }

    public String module() {
      return module;
    }

    public String source() {
      return source;
    }

    public String digest() {
      return digest;
    }

    public String writtenFor() {
      return writtenFor;
    }

    /**
     * The facts, their paths resolved against the root they were read with.
     *
     * @throws FactsFileException when they are damaged
     */
    public synchronized ModuleFacts facts() throws FactsFileException {
      if (facts == null) {
        try {
          facts = CODEC.decode(body, relocate(file -> root.resolve(file).normalize().toString()));
        } catch (BinaryCodec.MalformedFactsException e) {
          throw new FactsFileException(source + " is damaged: " + e.getMessage(), e);
        }
      }
      return facts;
    }
  }

  /**
   * The bytes of {@code facts}, file paths made relative to {@code root}; {@code writtenFor}
   * identifies the analysis that read them (its result key), or is empty.
   */
  public static byte[] encode(ModuleFacts facts, Path root, String writtenFor) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(FORMAT_VERSION);
      out.writeLong(CODEC.schemaHash());
      out.writeUTF(writtenFor);
      out.writeUTF(facts.module());
      out.write(CODEC.encode(facts, relocate(file -> RelativePaths.steps(base, file))));
    }
    return bytes.toByteArray();
  }

  /** Writes {@code facts} to {@code file}, atomically. */
  public static void write(Path file, ModuleFacts facts, Path root, String writtenFor) throws IOException {
    AtomicFiles.write(file, encode(facts, root, writtenFor));
  }

  /**
   * Reads a module's facts from a directory holding {@value #NAME}, the file itself, or a jar
   * carrying {@value #JAR_ENTRY}; paths are resolved against {@code root}.
   *
   * @throws FactsFileException when there are no facts there or they cannot be read
   */
  public static Loaded read(Path location, Path root) throws FactsFileException {
    Path p = location.toAbsolutePath().normalize();
    if (Files.isDirectory(p)) {
      p = p.resolve(NAME);
    }
    if (!Files.isRegularFile(p)) {
      throw new FactsFileException("no leakguard facts at " + location + " (expected a directory holding " + NAME
          + ", the file itself, or a jar holding " + JAR_ENTRY + ")");
    }
    if (p.getFileName().toString().endsWith(".jar")) {
      return fromJar(p, root).orElseThrow(() -> new FactsFileException(location + " holds no " + JAR_ENTRY));
    }
    try {
      if (Files.size(p) > MAX_BYTES) {
        throw new FactsFileException(location + " is too large for a facts file");
      }
      return decode(Files.readAllBytes(p), root, location.toString());
    } catch (FactsFileException e) {
      throw e;
    } catch (IOException e) {
      throw new FactsFileException("cannot read " + location + ": " + e.getMessage(), e);
    }
  }

  /**
   * The facts a jar carries, or empty when it carries none (a jar built without leakguard).
   *
   * @throws FactsFileException when the jar cannot be opened or its facts cannot be read
   */
  public static Optional<Loaded> fromJar(Path jar, Path root) throws FactsFileException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry e = zip.getEntry(JAR_ENTRY);
      if (e == null) {
        return Optional.empty();
      }
      if (e.getSize() > MAX_BYTES) {
        throw new FactsFileException(jar + "!/" + JAR_ENTRY + " is too large for a facts file");
      }
      try (InputStream in = zip.getInputStream(e)) {
        return Optional.of(decode(in.readAllBytes(), root, jar + "!/" + JAR_ENTRY));
      }
    } catch (FactsFileException e) {
      throw e;
    } catch (IOException e) {
      throw new FactsFileException("cannot read " + jar + ": " + e.getMessage(), e);
    }
  }

  /**
   * Decodes facts bytes; {@code source} names them in errors.
   *
   * @throws FactsFileException when they are not facts, or facts of another format or shape
   */
  public static Loaded decode(byte[] bytes, Path root, String source) throws FactsFileException {
    Path base = root.toAbsolutePath().normalize();
    if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw new FactsFileException(source + " is not a leakguard facts file");
    }
    java.io.ByteArrayInputStream stream = new java.io.ByteArrayInputStream(bytes, MAGIC.length, bytes.length - MAGIC.length);
    String writtenFor;
    String module;
    try (DataInputStream in = new DataInputStream(stream)) {
      int version = in.readInt();
      long schema = in.readLong();
      if (version != FORMAT_VERSION || schema != CODEC.schemaHash()) {
        throw new FactsFileException(source + " was written by an incompatible leakguard (facts format " + version + "/"
            + Long.toHexString(schema) + ", this one reads " + FORMAT_VERSION + "/" + Long.toHexString(CODEC.schemaHash())
            + "): build that module again with this leakguard");
      }
      writtenFor = in.readUTF();
      module = in.readUTF();
    } catch (IOException e) {
      throw new FactsFileException(source + " is not a leakguard facts file", e);
    }
    int header = bytes.length - stream.available();
    byte[] body = Arrays.copyOfRange(bytes, header, bytes.length);
    // The content only: facts that come out the same (an edit of a comment) change nothing downstream.
    return new Loaded(module, source, digest(body), writtenFor, body, base);
  }

  /**
   * Records that the facts in {@code file}, written for the analysis {@code writtenFor}, are also
   * those of the analysis {@code now} (its files differ only where no fact did): the header is
   * written again, the facts are kept byte for byte, atomically.
   *
   * @throws IOException when the file cannot be read or written, or was not written for {@code writtenFor}
   */
  public static void rewriteFor(Path file, String writtenFor, String now) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    java.io.ByteArrayInputStream stream = new java.io.ByteArrayInputStream(bytes);
    String module;
    try (DataInputStream in = new DataInputStream(stream)) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT_VERSION || in.readLong() != CODEC.schemaHash()
          || !in.readUTF().equals(writtenFor)) {
        throw new IOException(file + " does not hold the facts of the analysis " + writtenFor);
      }
      module = in.readUTF();
    }
    int header = bytes.length - stream.available();
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
    try (DataOutputStream data = new DataOutputStream(out)) {
      data.write(MAGIC);
      data.writeInt(FORMAT_VERSION);
      data.writeLong(CODEC.schemaHash());
      data.writeUTF(now);
      data.writeUTF(module);
      data.write(bytes, header, bytes.length - header);
    }
    AtomicFiles.write(file, out.toByteArray());
  }

  /** The analysis a facts file was written for (its header only), or empty when it cannot be read. */
  public static String writtenFor(Path file) {
    try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT_VERSION || in.readLong() != CODEC.schemaHash()) {
        return "";
      }
      return in.readUTF();
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /** Maps the file names facts carry: each {@link Location}'s and each {@link FileFacts}'s. */
  private static UnaryOperator<Object> relocate(UnaryOperator<String> file) {
    return o -> {
      if (o instanceof Location l) {
        return new Location(file.apply(l.file()), l.line(), l.column());
      }
      if (o instanceof FileFacts f) {
        return new FileFacts(file.apply(f.file()), f.facts());
      }
      return o;
    };
  }

  private static String digest(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}

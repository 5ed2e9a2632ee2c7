package dev.leakguard.analyzer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a source file as UTF-8 bytes, whatever the build's source encoding: everything after it
 * (the lexical pre-filter, the cache, the parser) sees one encoding. A file in another encoding
 * is transcoded; a byte sequence that is not valid in it becomes an invalid UTF-8 byte, so that
 * the parser's decoding reports it. Files over the size limit are not read at all.
 */
final class SourceBytes {
  /** The default limit for one file: larger files are generated code, not hand-written holders. */
  static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

  /** Stands for an undecodable byte: never valid in UTF-8. */
  private static final byte INVALID = (byte) 0xFF;

  private final Charset encoding;
  private final long maxFileBytes;

  SourceBytes(Charset encoding, long maxFileBytes) {
    this.encoding = encoding;
    this.maxFileBytes = maxFileBytes;
  }

  Charset encoding() {
    return encoding;
  }

  /** A file over the size limit: not read. */
  static final class TooLargeException extends IOException {
    private final long size;
    private final long limit;

    TooLargeException(Path file, long size, long limit) {
      super(file + " is larger than the limit");
      this.size = size;
      this.limit = limit;
    }

    /** {@code 9.1 MiB, over the limit of 8 MiB for one file}. */
    String describe() {
      return "not analysed: " + mebibytes(size) + ", over the limit of " + mebibytes(limit)
          + " for one file (probably generated: exclude it, or raise the limit with --max-file-size or maxFileSize)";
    }
  }

  /** The file's content as UTF-8. */
  byte[] read(Path file) throws IOException {
    long size = Files.size(file);
    if (size > maxFileBytes) {
      throw new TooLargeException(file, size, maxFileBytes);
    }
    return toUtf8(Files.readAllBytes(file));
  }

  /** {@code raw} in the source encoding, as UTF-8 (the same array when the encoding is UTF-8). */
  byte[] toUtf8(byte[] raw) {
    if (encoding.equals(StandardCharsets.UTF_8)) {
      return raw;
    }
    CharsetDecoder decoder = encoding.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharsetEncoder utf8 = StandardCharsets.UTF_8.newEncoder();
    ByteBuffer in = ByteBuffer.wrap(raw);
    CharBuffer chars = CharBuffer.allocate(Math.max(16, raw.length));
    ByteBuffer out = ByteBuffer.allocate(raw.length * 3 + 16);
    while (true) {
      CoderResult r = decoder.decode(in, chars, true);
      chars.flip();
      utf8.encode(chars, out, false);
      chars.clear();
      if (r.isError()) {
        for (int i = 0; i < r.length(); i++) {
          out.put(INVALID);
        }
        in.position(in.position() + r.length());
      } else if (r.isUnderflow()) {
        break;
      }
    }
    decoder.flush(chars);
    chars.flip();
    utf8.encode(chars, out, true);
    utf8.flush(out);
    byte[] result = new byte[out.position()];
    out.flip().get(result);
    return result;
  }

  private static String mebibytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}

package conformance.confidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A method that registers a JVM shutdown hook sets up the process: nobody calls it per request
 * (each call would pin one more hook thread), so what it adds is one entry per process-wide
 * resource, normal confidence. The same growth in a method that does not set up the process is
 * high.
 */
public final class ProcessSetupNormal {

  private static final Set<Path> MARKER_FILES = ConcurrentHashMap.newKeySet(); // expect: UnboundedStaticCollection kind=GROWTH confidence=normal
  private static final Set<Path> TOUCHED_FILES = ConcurrentHashMap.newKeySet(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private ProcessSetupNormal() {}

  public static void writeMarker(String location) throws IOException {
    Path marker = Paths.get(location).toAbsolutePath();
    if (MARKER_FILES.add(marker)) { // growth
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(marker)));
      Files.writeString(marker, Long.toString(ProcessHandle.current().pid()));
    }
  }

  public static void touch(String location) throws IOException {
    Path touched = Paths.get(location).toAbsolutePath();
    if (TOUCHED_FILES.add(touched)) { // growth
      Files.writeString(touched, "");
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

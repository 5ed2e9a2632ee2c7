package conformance.boundedtypes;

import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** An {@code EnumSet} can hold each constant once at most: bounded. */
public final class EnumSetFlags {

  private static final Set<PosixFilePermission> GRANTED = EnumSet.noneOf(PosixFilePermission.class); // expect: none

  private EnumSetFlags() {}

  public static synchronized void grant(PosixFilePermission permission) {
    GRANTED.add(permission);
  }
}

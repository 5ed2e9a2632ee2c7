package dev.leakguard.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryTest {
  private static List<Library> parse(String... lines) {
    return Library.fromRows(TsvFile.parse(List.of(lines), "libraries.tsv", Library.HEADER));
  }

  @Test
  void coordinatesAreSplit_andTheJarPathFollowsTheRepositoryLayout() {
    Library l = parse("library\tcoordinates\tset\tnote", "widgets\torg.example.shop:widgets-core:2.1.0:sources\tdev\tsome note").get(0);
    assertEquals(new Library("widgets", "org.example.shop", "widgets-core", "2.1.0", "sources", "dev"), l);
    assertEquals(Path.of("org/example/shop/widgets-core/2.1.0/widgets-core-2.1.0-sources.jar"), l.repositoryPath());
    assertEquals("org.example.shop:widgets-core:2.1.0:sources", l.coordinates());
  }

  @Test
  void coordinatesWithoutClassifier_areRefused() {
    TsvException e = assertThrows(TsvException.class,
        () -> parse("library\tcoordinates\tset\tnote", "widgets\torg.example:widgets:2.1.0\tdev\t"));
    assertTrue(e.getMessage().startsWith("libraries.tsv:2: coordinates 'org.example:widgets:2.1.0' must be group:artifact:version:classifier"),
        e.getMessage());
  }

  @Test
  void duplicateName_isRefused() {
    TsvException e = assertThrows(TsvException.class, () -> parse("library\tcoordinates\tset\tnote",
        "widgets\torg.example:widgets:1:sources\tdev\t", "widgets\torg.example:widgets:2:sources\tdev\t"));
    assertTrue(e.getMessage().contains("'widgets' is listed twice"), e.getMessage());
  }

  @Test
  void missingSet_isRefused() {
    TsvException e = assertThrows(TsvException.class, () -> parse("library\tcoordinates\tset\tnote", "widgets\torg.example:widgets:1:sources\t\t"));
    assertTrue(e.getMessage().startsWith("libraries.tsv:2: set '' must be a word"), e.getMessage());
  }

  @Test
  void nameThatIsNoFolderName_isRefused() {
    assertThrows(TsvException.class, () -> parse("library\tcoordinates\tset\tnote", "../up\torg.example:widgets:1:sources\tdev\t"));
  }
}

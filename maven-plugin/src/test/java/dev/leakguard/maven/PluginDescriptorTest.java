package dev.leakguard.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.leakguard.core.options.LeakguardOption;
import dev.leakguard.core.options.OptionAlias;
import dev.leakguard.core.options.ValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The goals' parameters, as Maven sees them (the plugin descriptor built from the Mojos), agree
 * with core's option table: every option and alias is a parameter of every analysing goal (all but
 * {@code help} and {@code aggregate}, which reads what {@code check} wrote) with the table's
 * name, user property, type and description, and no default of its own; and the unknown-property
 * warning knows exactly the user properties the goals read.
 */
class PluginDescriptorTest {
  private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");
  private static final Pattern USER_PROPERTY = Pattern.compile("\\$\\{(leakguard\\.[A-Za-z]+)}");

  @Test
  void everyGoalsOptionParameters_matchTheOptionTable() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Element mojo : children(descriptor().getDocumentElement(), "mojos", "mojo")) {
      String goal = text(mojo, "goal");
      if (goal.equals("help") || goal.equals("aggregate")) {
        continue; // the generated help goal analyses nothing, aggregate reads the modules' reports
      }
      for (LeakguardOption o : LeakguardOption.values()) {
        String type = o.type() == ValueType.BOOLEAN ? "java.lang.String" : "java.util.List";
        check(problems, mojo, goal, o.mavenParameter(), o.userProperty(), type, o.description());
        for (OptionAlias a : o.aliases()) {
          check(problems, mojo, goal, a.name(), a.userProperty(), type, a.description());
        }
      }
    }
    assertTrue(problems.isEmpty(), "the Mojos' parameters and core's option table (LeakguardOption) disagree; make the"
        + " fields and their Javadoc say what the table says:\n" + String.join("\n", problems));
  }

  /**
   * Every {@code -Dleakguard.x} (or {@code <leakguard.x>} pom property) the documentation gives is a
   * goal's user property, but for the analyzer's own JVM switch and the version property of users' poms.
   */
  @Test
  void everyDocumentedUserProperty_isAGoalsUserProperty() throws Exception {
    Set<String> known = new TreeSet<>(AbstractLeakguardMojo.USER_PROPERTIES);
    known.addAll(Set.of("leakguard.debugPrefilter", "leakguard.version"));
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> pages = new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("maven-plugin/README.md")));
    try (java.util.stream.Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    Pattern documented = Pattern.compile("(?:-D|<)(leakguard\\.[A-Za-z]+)\\b");
    List<String> unknown = new ArrayList<>();
    int seen = 0;
    for (Path page : pages) {
      Matcher m = documented.matcher(Files.readString(page));
      while (m.find()) {
        seen++;
        if (!known.contains(m.group(1))) {
          unknown.add(dev.leakguard.core.RelativePaths.relative(root, page) + ": " + m.group(1));
        }
      }
    }
    assertTrue(seen > 5, "the pattern finds the documented properties: " + seen);
    assertEquals(List.of(), unknown, "known: " + known);
  }

  @Test
  void theUnknownPropertyWarning_knowsExactlyTheGoalsUserProperties() throws Exception {
    Set<String> read = new TreeSet<>();
    Matcher m = USER_PROPERTY.matcher(Files.readString(DESCRIPTOR));
    while (m.find()) {
      read.add(m.group(1));
    }
    assertEquals(read, new TreeSet<>(AbstractLeakguardMojo.USER_PROPERTIES));
  }

  private static void check(List<String> problems, Element mojo, String goal, String name, String property,
      String type, String description) {
    Element parameter = null;
    for (Element p : children(mojo, "parameters", "parameter")) {
      if (text(p, "name").equals(name)) {
        parameter = p;
      }
    }
    if (parameter == null) {
      problems.add(goal + ": no parameter '" + name + "'");
      return;
    }
    if (!text(parameter, "type").equals(type)) {
      problems.add(goal + ": parameter '" + name + "' is a " + text(parameter, "type") + ", the table says " + type);
    }
    String javadoc = text(parameter, "description").replaceAll("\\s+", " ").strip();
    if (!javadoc.equals(description)) {
      problems.add(goal + ": parameter '" + name + "' is described\n    " + javadoc + "\n  the table says\n    " + description);
    }
    Element configured = first(mojo, "configuration", name);
    if (configured == null || !configured.getTextContent().equals("${" + property + "}")) {
      problems.add(goal + ": parameter '" + name + "' is not read from the user property " + property);
    } else if (configured.hasAttribute("default-value")) {
      problems.add(goal + ": parameter '" + name + "' has a default of its own (" + configured.getAttribute("default-value")
          + "): the table's default applies when it is not set");
    }
  }

  private static Document descriptor() throws Exception {
    assertTrue(Files.isRegularFile(DESCRIPTOR), DESCRIPTOR + " is written by maven-plugin-plugin before the tests run");
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
  }

  private static List<Element> children(Element parent, String container, String name) {
    List<Element> out = new ArrayList<>();
    Element c = first(parent, container, null);
    if (c == null) {
      return out;
    }
    NodeList nodes = c.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The direct child {@code container} of {@code parent}, or its direct child {@code name} when given. */
  private static Element first(Element parent, String container, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(container)) {
        if (name == null) {
          return e;
        }
        for (Node k = e.getFirstChild(); k != null; k = k.getNextSibling()) {
          if (k instanceof Element ke && ke.getTagName().equals(name)) {
            return ke;
          }
        }
      }
    }
    return null;
  }

  private static String text(Element parent, String child) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(child)) {
        return e.getTextContent();
      }
    }
    return "";
  }
}

package dev.leakguard.analyzer.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A markdown file with generated blocks between marker comments:
 *
 * <pre>
 * &lt;!-- generated:begin options --&gt;
 * ...replaced by the section "options"...
 * &lt;!-- generated:end --&gt;
 * </pre>
 *
 * The generated text takes the indentation of its begin marker (a table inside a list item).
 */
final class MarkedDocument {
  private static final Pattern BEGIN = Pattern.compile("^(\\s*)<!-- generated:begin ([\\w./:=-]+(?: [\\w./:=-]+)*) -->$");
  private static final Pattern END = Pattern.compile("^\\s*<!-- generated:end -->$");

  private final String text;

  MarkedDocument(String text) {
    this.text = text;
  }

  /** The names of the generated blocks, in order. */
  List<String> sections() {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      Matcher m = BEGIN.matcher(line);
      if (m.matches()) {
        out.add(m.group(2));
      }
    }
    return out;
  }

  /**
   * The text with every generated block replaced by {@code generate} of its name.
   *
   * @throws IllegalStateException for a begin marker without its end
   */
  String regenerate(Function<String, String> generate) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i]);
      if (i < lines.length - 1) {
        out.append('\n');
      }
      Matcher m = BEGIN.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      int end = i + 1;
      while (end < lines.length && !END.matcher(lines[end]).matches()) {
        end++;
      }
      if (end == lines.length) {
        throw new IllegalStateException("line " + (i + 1) + ": '" + lines[i].strip() + "' has no <!-- generated:end -->");
      }
      for (String g : generate.apply(m.group(2)).split("\n", -1)) {
        out.append(g.isEmpty() ? "" : m.group(1) + g).append('\n');
      }
      i = end - 1;
    }
    return out.toString();
  }
}

package dev.leakguard.analyzer.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.leakguard.analyzer.report.Ranking;
import dev.leakguard.core.Finding;
import dev.leakguard.core.GrowthSite;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of GitHub's "create a review for a pull request" call: {@code commit_id}, event
 * {@code COMMENT}, one comment per finding on the line the change touched (path, line, side
 * {@code RIGHT}), at most {@link #MAX_COMMENTS}; the rest are listed in the review's body. Each
 * comment ends with a hidden marker carrying the finding's fingerprint, so a re-run can see
 * which findings already have a comment.
 */
public final class ReviewPayload {
  /** Comments in one review; more findings are summarised in the review body. */
  public static final int MAX_COMMENTS = 30;
  private static final Pattern MARKER = Pattern.compile("<!-- leakguard:fingerprint=(\\S+?) -->");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReviewPayload() {}

  /** The payload for these items (already in order: most important first). */
  public static ObjectNode build(String commitId, List<ReviewItem> items) {
    ObjectNode review = JSON.createObjectNode();
    review.put("commit_id", commitId);
    review.put("event", "COMMENT");
    review.put("body", body(items));
    ArrayNode comments = review.putArray("comments");
    for (ReviewItem item : items.subList(0, Math.min(MAX_COMMENTS, items.size()))) {
      ObjectNode c = comments.addObject();
      c.put("path", item.path());
      c.put("line", item.line());
      c.put("side", "RIGHT");
      c.put("body", commentBody(item));
    }
    return review;
  }

  public static String render(ObjectNode payload) {
    try {
      return JSON.writeValueAsString(payload) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the review payload", e);
    }
  }

  /** The hidden marker that ends every comment. */
  public static String marker(String fingerprint) {
    return "<!-- leakguard:fingerprint=" + fingerprint + " -->";
  }

  /** The fingerprints of the markers in a comment body. */
  public static Set<String> fingerprintsIn(String body) {
    Set<String> out = new LinkedHashSet<>();
    if (body != null) {
      Matcher m = MARKER.matcher(body);
      while (m.find()) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  static String body(List<ReviewItem> items) {
    StringBuilder b = new StringBuilder("<!-- leakguard:review -->\n");
    if (items.isEmpty()) {
      return b.append("**leakguard** found no unbounded static or singleton collection on the lines this change adds.").toString();
    }
    b.append("**leakguard** found ").append(items.size()).append(items.size() == 1 ? " collection" : " collections")
        .append(" that this change makes grow without a bound or eviction; each has a comment on the line it touches.");
    if (items.size() > MAX_COMMENTS) {
      b.append("\n\nThe first ").append(MAX_COMMENTS).append(" are commented on; the other ").append(items.size() - MAX_COMMENTS)
          .append(" (a re-run comments on them once these are resolved or the limit allows):\n");
      for (ReviewItem item : items.subList(MAX_COMMENTS, items.size())) {
        Finding f = item.finding();
        b.append("\n- `").append(item.path()).append(':').append(item.line()).append("` `").append(f.rule().id()).append("` `")
            .append(shortHolder(f.holder())).append('`');
      }
    }
    b.append("\n\nHow to fix: ").append(Ranking.remedyMarkdown()).append('.');
    return b.toString();
  }

  /** Names the holder, the rule, the growth site and the remedy; ends with the fingerprint marker. */
  static String commentBody(ReviewItem item) {
    Finding f = item.finding();
    String holder = "`" + shortHolder(f.holder()) + "`";
    StringBuilder b = new StringBuilder();
    b.append("**leakguard: [").append(f.rule().id()).append("](").append(f.rule().docsUrl()).append(")** (")
        .append(f.confidence().label()).append(" confidence)\n\n");
    if (item.onDeclaration()) {
      b.append(holder).append(" is declared here");
      if (!f.growthSites().isEmpty()) {
        GrowthSite g = f.growthSites().get(0);
        b.append(" and grows at `").append(g.location().fileName()).append(':').append(g.location().line()).append("` (`")
            .append(g.call()).append("` in `").append(g.member()).append("`)");
      }
      b.append(".\n\n");
    } else {
      GrowthSite g = item.growthSite();
      b.append("This `").append(g.call()).append("` in `").append(g.member()).append("` adds to ").append(holder)
          .append(" (declared at `").append(item.declarationPath() != null ? item.declarationPath() : f.location().fileName())
          .append(':').append(f.location().line()).append("`), and nothing removes from it.\n\n");
    }
    b.append("> ").append(f.message()).append("\n\n");
    if (!f.steps().isEmpty()) {
      b.append("<details><summary>Why leakguard reports it</summary>\n\n");
      f.steps().forEach(s -> b.append("- ").append(s).append('\n'));
      b.append("\n</details>\n\n");
    }
    b.append("**How to fix**: ").append(Ranking.remedyMarkdown()).append(". Accept it deliberately with a baseline entry or")
        .append(" `@SuppressWarnings(\"").append(f.rule().id()).append("\")`.\n\n");
    b.append(marker(f.fingerprint()));
    return b.toString();
  }

  static String shortHolder(String holder) {
    int last = holder.lastIndexOf('.');
    int before = last <= 0 ? -1 : holder.lastIndexOf('.', last - 1);
    return holder.substring(before + 1);
  }
}

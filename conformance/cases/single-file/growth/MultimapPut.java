package conformance.growth;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;

/** Guava multimap {@code put} is a growth site: every comment is kept under its article id. */
public final class MultimapPut {

  private static final ListMultimap<String, String> COMMENTS_BY_ARTICLE = ArrayListMultimap.create(); // expect: UnboundedStaticCollection kind=GROWTH confidence=high

  private MultimapPut() {}

  public static synchronized void comment(String articleId, String text) {
    COMMENTS_BY_ARTICLE.put(articleId, text); // growth
  }
}

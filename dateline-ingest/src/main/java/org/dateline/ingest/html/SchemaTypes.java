package org.dateline.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Recognizes the schema.org types that describe a news article or blog post. */
final class SchemaTypes {

  private static final Set<String> POSTS = Set.of("BlogPosting", "LiveBlogPosting", "Report");

  private SchemaTypes() {}

  /**
   * Whether a JSON-LD {@code @type} value (a string or an array of strings, possibly prefixed
   * "schema:" or "https://schema.org/") names an article type: {@code NewsArticle},
   * {@code Article}, {@code ReportageNewsArticle}, {@code OpinionNewsArticle}, a blog posting...
   */
  static boolean isArticle(@Nullable JsonNode type) {
    if (type == null) {
      return false;
    }
    List<String> names = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> names.add(t.asText()));
    } else {
      names.add(type.asText());
    }
    for (String name : names) {
      String local = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
      if (local.endsWith("Article") || POSTS.contains(local)) {
        return true;
      }
    }
    return false;
  }
}

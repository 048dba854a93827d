package org.dateline.app.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Analysis;
import org.dateline.model.Article;

/**
 * An article as the public {@code articles.jsonl} contract spells it: {@code id, source, url,
 * outlet, byline, title, published, credits, text}, then {@code dateline}, {@code furniture} and
 * {@code published_inferred}.
 * Absent values are JSON {@code null}; {@code published} is an ISO date.
 */
public final class ArticleJson {

  private ArticleJson() {}

  /** The article's fields in contract order, ready for Jackson. */
  public static Map<String, Object> of(Article article) {
    return of(article, Optional.empty());
  }

  /**
   * The article's fields plus {@code published_inferred}: the window its publication was
   * inferred in ({@code earliest, latest, confidence, why}), or null; and {@code dated_from}: the
   * dated article of its story whose date narrowed that window, or null.
   */
  public static Map<String, Object> of(Article article, Optional<Analysis> analysis) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", article.id());
    json.put("source", article.source());
    json.put("url", article.url().orElse(null));
    json.put("outlet", article.outlet().orElse(null));
    json.put("byline", article.byline().orElse(null));
    json.put("title", article.title().orElse(null));
    json.put("published", article.published().map(Object::toString).orElse(null));
    json.put("credits", article.credits());
    json.put("text", article.text());
    json.put("dateline", article.dateline().orElse(null));
    json.put("furniture", article.furniture());
    json.put("published_inferred", analysis.flatMap(Analysis::publishedInferred)
        .map(AnalysisJsonl::window).orElse(null));
    json.put("dated_from", analysis.flatMap(Analysis::datedFrom).orElse(null));
    return json;
  }
}

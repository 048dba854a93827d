package org.dateline.store;

import java.util.List;
import org.dateline.model.Article;

/**
 * The hits of a search, best first.
 *
 * @param total how many articles matched in all (may exceed {@code hits.size()})
 * @param hits the returned hits
 */
public record SearchResults(long total, List<Hit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }

  /**
   * One matching article.
   *
   * @param article the stored article
   * @param score Lucene's relevance score
   * @param snippets passages of the text with matched terms wrapped in {@code «»} (never HTML:
   *     callers escape and style them as their medium needs)
   */
  public record Hit(Article article, float score, List<String> snippets) {
    public Hit {
      snippets = List.copyOf(snippets);
    }
  }
}

package org.dateline.ingest.html;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the article container a page marks up itself: an element with
 * {@code itemprop=articleBody}, else an {@code <article>}, else {@code <main>}. Where several
 * match (teaser cards are often {@code <article>}s too) the one with the most plain text wins,
 * and it must hold a fair share of the page's plain text to be trusted.
 */
final class SemanticContainer {

  private static final List<String> QUERIES = List.of("[itemprop=articleBody]", "article", "main");
  private static final double MIN_SHARE = 0.25;

  private SemanticContainer() {}

  static Optional<Element> find(Element root, ContentScores scores) {
    long total = scores.plainText(root);
    for (String query : QUERIES) {
      Optional<Element> best = root.select(query).stream()
          .max(Comparator.comparingLong(scores::plainText))
          .filter(e -> scores.plainText(e) > 0 && scores.plainText(e) >= total * MIN_SHARE);
      if (best.isPresent()) {
        return best;
      }
    }
    return Optional.empty();
  }
}

package org.dateline.app.eval;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.store.Store;

/** Every analysed article of a store with its analysis, loaded once for scoring. */
public final class StoreSnapshot {

  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final Map<String, Analysis> analyses = new LinkedHashMap<>();

  /** Reads every analysed article of {@code store}. */
  public static StoreSnapshot of(Store store) throws IOException {
    StoreSnapshot snapshot = new StoreSnapshot();
    store.forEachAnalysis((article, analysis) -> {
      snapshot.articles.put(article.id(), article);
      snapshot.analyses.put(article.id(), analysis);
    });
    return snapshot;
  }

  public Optional<Article> article(String id) {
    return Optional.ofNullable(articles.get(id));
  }

  public Optional<Analysis> analysis(String id) {
    return Optional.ofNullable(analyses.get(id));
  }

  public Map<String, Analysis> analyses() {
    return analyses;
  }
}

package org.dateline.ingest;

import java.util.ArrayList;
import java.util.List;
import org.dateline.model.Article;

/** An {@link ArticleSink} for tests: keeps every article and error, in arrival order. */
public final class CollectingSink implements ArticleSink {

  private final List<Article> articles = new ArrayList<>();
  private final List<ReadError> errors = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void fail(ReadError error) {
    errors.add(error);
  }

  /** The articles accepted so far. */
  public List<Article> articles() {
    return List.copyOf(articles);
  }

  /** The errors reported so far. */
  public List<ReadError> errors() {
    return List.copyOf(errors);
  }

  /** The only article accepted; fails if there is not exactly one. */
  public Article onlyArticle() {
    if (articles.size() != 1 || !errors.isEmpty()) {
      throw new AssertionError("expected one article and no errors, got " + articles.size()
          + " articles and errors " + errors);
    }
    return articles.get(0);
  }

  /** The only error reported; fails if there is not exactly one. */
  public ReadError onlyError() {
    if (errors.size() != 1 || !articles.isEmpty()) {
      throw new AssertionError("expected one error and no articles, got " + articles.size()
          + " articles and errors " + errors);
    }
    return errors.get(0);
  }
}

package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.ReadError;
import org.dateline.model.Article;

/** Collects what a reader sends, for the html, feed and warc reader tests. */
public final class TestSink implements ArticleSink {

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

  public List<Article> articles() {
    return articles;
  }

  public List<ReadError> errors() {
    return errors;
  }

  /** The one article read, failing the test if there were errors or another count. */
  public Article only() {
    if (!errors.isEmpty() || articles.size() != 1) {
      throw new AssertionError("expected one article and no errors, got " + articles.size()
          + " articles and errors " + errors);
    }
    return articles.get(0);
  }
}

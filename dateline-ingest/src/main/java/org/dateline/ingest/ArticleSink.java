package org.dateline.ingest;

import org.dateline.model.Article;

/**
 * Receives what readers produce: articles, and one {@link ReadError} for each input (or part of
 * an input) that could not be read. Readers never throw for bad input; they report it here and
 * go on with the next record.
 */
public interface ArticleSink {

  /** An article read successfully. */
  void accept(Article article);

  /** An input, or one record or line of it, that could not be read. */
  void fail(ReadError error);
}

package org.dateline.app.run;

import org.dateline.ingest.ReadError;
import org.dateline.model.Article;

/** Follows an ingest run as it goes, e.g. to draw a progress bar. */
public interface IngestProgress {

  /** Does nothing: for runs nobody watches. */
  IngestProgress SILENT = new IngestProgress() {};

  /** An article was read and stored. */
  default void stored(Article article) {}

  /** An input, or part of one, could not be read. */
  default void failed(ReadError error) {}
}

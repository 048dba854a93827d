package org.dateline.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one input file of a single format into articles. Implementations report bad content
 * through {@link ArticleSink#fail}; an {@link IOException} means the file itself could not be
 * read and is reported by {@link Ingest} for the whole file.
 */
public interface FormatReader {

  /** Reads {@code file}, sending every article and every per-record error to {@code sink}. */
  void read(Path file, ArticleSink sink) throws IOException;
}

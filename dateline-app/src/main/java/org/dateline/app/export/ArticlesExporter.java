package org.dateline.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.store.Store;

/** Writes {@code articles.jsonl}: every stored article, in id order. */
public final class ArticlesExporter {

  public static final String FILE_NAME = "articles.jsonl";

  /** Exports into {@code dir} (created if needed) and returns how many articles were written. */
  public long export(Store store, Path dir) throws IOException {
    Files.createDirectories(dir);
    try (JsonlWriter writer = new JsonlWriter(dir.resolve(FILE_NAME))) {
      store.forEach(article -> writer.write(ArticleJson.of(article)));
      return writer.lines();
    }
  }
}

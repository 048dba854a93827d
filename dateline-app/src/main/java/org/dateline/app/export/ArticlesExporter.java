package org.dateline.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dateline.app.eval.CanonicalIds;
import org.dateline.store.Store;

/**
 * Writes the article-level export files, every article in id order: {@code articles.jsonl}, and
 * for analysed articles {@code dates.jsonl}, {@code quotes.jsonl} and {@code figures.jsonl}.
 */
public final class ArticlesExporter {

  public static final String FILE_NAME = "articles.jsonl";

  /** What was written. */
  public record Counts(long articles, long dates, long quotes, long figures) {}

  /** Exports into {@code dir} (created if needed). */
  public Counts export(Store store, Path dir, CanonicalIds ids) throws IOException {
    Files.createDirectories(dir);
    try (JsonlWriter articles = new JsonlWriter(dir.resolve(FILE_NAME));
        JsonlWriter dates = new JsonlWriter(dir.resolve("dates.jsonl"));
        JsonlWriter quotes = new JsonlWriter(dir.resolve("quotes.jsonl"));
        JsonlWriter figures = new JsonlWriter(dir.resolve("figures.jsonl"))) {
      store.forEachWithAnalysis((article, analysis) -> {
        articles.write(ArticleJson.of(article, analysis));
        analysis.ifPresent(read -> {
          read.times().forEach(t -> dates.write(AnalysisJsonl.date(article.id(), t)));
          read.quotes().forEach(q -> quotes.write(AnalysisJsonl.quote(article.id(), q, ids)));
          read.figures().forEach(f -> figures.write(AnalysisJsonl.figure(article.id(), f)));
        });
      });
      return new Counts(articles.lines(), dates.lines(), quotes.lines(), figures.lines());
    }
  }
}

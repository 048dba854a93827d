package org.dateline.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.clean.Bylines;
import org.dateline.ingest.clean.CleanText;
import org.dateline.ingest.clean.DatelineFinder;
import org.dateline.ingest.clean.TextCleaner;
import org.dateline.ingest.clean.Vocabulary;
import org.dateline.model.Article;

/**
 * Turns the decoded text of one plain-text article into an {@link Article}: header off
 * ({@link HeaderParser}), paragraphs laid out ({@link ParagraphLayout}), furniture out
 * ({@link TextCleaner}), the metadata of all three merged.
 */
final class PlainTextParser {

  private final HeaderParser headers;
  private final TextCleaner cleaner;

  PlainTextParser(Vocabulary vocabulary) {
    this.headers = new HeaderParser(new Bylines(vocabulary), new DatelineFinder(vocabulary));
    this.cleaner = new TextCleaner(vocabulary);
  }

  /** The article in {@code text}, or empty if nothing but header and furniture was found. */
  Optional<Article> parse(String id, String source, String text) {
    Header header = headers.parse(ParagraphLayout.lines(text));
    CleanText clean = cleaner.clean(ParagraphLayout.join(header.body()));
    if (clean.text().isEmpty()) {
      return Optional.empty();
    }
    LinkedHashSet<String> credits = new LinkedHashSet<>(header.credits());
    credits.addAll(clean.credits());
    List<String> furniture = new ArrayList<>(header.furniture());
    furniture.addAll(clean.furniture());
    return Optional.of(Article.builder(id, clean.text())
        .source(source)
        .title(header.title().orElse(null))
        .byline(header.byline().orElse(null))
        .outlet(header.outlet().or(clean::outlet).orElse(null))
        .published(header.published().orElse(null))
        .credits(new ArrayList<>(credits))
        .dateline(clean.dateline().orElse(null))
        .furniture(furniture)
        .build());
  }
}

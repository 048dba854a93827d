package org.dateline.ingest.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dateline.model.Article;

/**
 * What {@link HtmlArticleExtractor} reads from one page or fragment.
 *
 * @param text the article body: paragraphs separated by a blank line ({@code "\n\n"}), furniture
 *     removed; empty if the page holds no article text
 * @param metadata title, outlet, byline, date and address, merged by precedence
 * @param credits photo and agency credits found in captions ("Reuters")
 * @param furniture text taken out of the body and kept verbatim: captions, byline and date lines,
 *     furniture lines
 * @param dateline the place of a dateline opening the body ("SARAJEVO"), if any
 */
public record ExtractedArticle(
    String text, PageMetadata metadata, List<String> credits, List<String> furniture,
    Optional<String> dateline) {

  public ExtractedArticle {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(metadata, "metadata");
    credits = List.copyOf(credits);
    furniture = List.copyOf(furniture);
    Objects.requireNonNull(dateline, "dateline");
  }

  /** Whether the page held no article text. */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /**
   * An article builder with everything extracted filled in; the caller adds the
   * {@link Article.Builder#source source} and may override any field.
   */
  public Article.Builder toBuilder(String id) {
    return Article.builder(id, text)
        .title(metadata.title().orElse(null))
        .outlet(metadata.outlet().orElse(null))
        .byline(metadata.byline().orElse(null))
        .published(metadata.published().orElse(null))
        .url(metadata.url().orElse(null))
        .credits(credits)
        .furniture(furniture)
        .dateline(dateline.orElse(null));
  }
}

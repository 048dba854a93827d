package org.dateline.ingest.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import java.time.LocalDate;
import java.util.Optional;
import org.dateline.ingest.ArticleSink;
import org.dateline.ingest.ReadError;
import org.dateline.ingest.html.ExtractedArticle;
import org.dateline.ingest.html.HtmlArticleExtractor;
import org.dateline.model.Article;
import org.jdom2.Element;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;

/**
 * Turns the entries of one feed into articles. What the feed states about an entry (id, link,
 * title, author, date) wins over what its text says; the outlet is the feed's title.
 */
final class FeedItemReader {

  private final String location;
  private final String fileStem;
  private final Optional<String> outlet;
  private final ItemText itemText;

  /**
   * @param location the feed file, for sources and errors
   * @param fileStem the file name without extension, for ids of entries that have none
   * @param outlet the feed's title, if any
   */
  FeedItemReader(String location, String fileStem, Optional<String> outlet,
      HtmlArticleExtractor extractor) {
    this.location = location;
    this.fileStem = fileStem;
    this.outlet = outlet;
    this.itemText = new ItemText(extractor);
  }

  /**
   * Reads entry number {@code number} (from 1) into {@code sink}.
   *
   * @param element the entry's XML element, for its date as written, if known
   */
  void read(SyndEntry entry, Optional<Element> element, int number, ArticleSink sink) {
    String source = location + "#item " + number;
    Optional<String> link = nonBlank(entry.getLink());
    Optional<ExtractedArticle> text = itemText.of(entry, link.orElse(""));
    if (text.isEmpty()) {
      sink.fail(new ReadError(source, "item has no text (no content, description or summary)"));
      return;
    }
    String id = nonBlank(entry.getUri()).or(() -> link).orElse(fileStem + "#item-" + number);
    Optional<LocalDate> published = element.flatMap(ItemDate::of);
    Article.Builder article = text.get().toBuilder(id).source(source);
    link.ifPresent(article::url);
    outlet.ifPresent(article::outlet);
    title(entry).ifPresent(article::title);
    AuthorNames.of(entry).ifPresent(article::byline);
    published.ifPresent(article::published);
    sink.accept(article.build());
  }

  private static Optional<String> title(SyndEntry entry) {
    return nonBlank(entry.getTitle())
        .map(title -> title.contains("<") || title.contains("&")
            ? Jsoup.parseBodyFragment(title).text() : title.strip());
  }

  static Optional<String> nonBlank(@Nullable String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}

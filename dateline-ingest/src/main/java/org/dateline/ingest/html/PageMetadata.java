package org.dateline.ingest.html;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about the article it carries, from one source of evidence (JSON-LD, meta
 * tags, the text) or several merged with {@link #orElse}.
 *
 * @param title the headline
 * @param outlet the site or publisher name
 * @param byline the author or authors, without a leading "By"
 * @param published the publication date as written (the date part of a date-time)
 * @param url the article's canonical address
 */
public record PageMetadata(
    Optional<String> title,
    Optional<String> outlet,
    Optional<String> byline,
    Optional<LocalDate> published,
    Optional<String> url) {

  private static final PageMetadata EMPTY = new PageMetadata(
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public PageMetadata {
    title = clean(title);
    outlet = clean(outlet);
    byline = clean(byline);
    Objects.requireNonNull(published, "published");
    url = clean(url);
  }

  /** Metadata that knows nothing. */
  public static PageMetadata empty() {
    return EMPTY;
  }

  /** This metadata, with each absent field taken from {@code fallback}. */
  public PageMetadata orElse(PageMetadata fallback) {
    return new PageMetadata(
        title.or(fallback::title),
        outlet.or(fallback::outlet),
        byline.or(fallback::byline),
        published.or(fallback::published),
        url.or(fallback::url));
  }

  /** A copy with {@code title} replaced. */
  public PageMetadata withTitle(Optional<String> newTitle) {
    return new PageMetadata(newTitle, outlet, byline, published, url);
  }

  private static Optional<String> clean(Optional<String> value) {
    return value.map(Whitespace::collapse).filter(v -> !v.isEmpty());
  }
}

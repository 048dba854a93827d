package org.dateline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as Dateline keeps it: clean text plus the metadata read around it.
 *
 * <p>{@link #text()} is the article body after site furniture (bylines, credits, footers,
 * navigation, captions) has been taken out and kept in the other fields; it is NFC-normalized
 * and keeps curly quotes. Every character offset Dateline reports for an article points into
 * this text.
 *
 * @param id the input's own id: a JSONL {@code id}, else the file name without extension,
 *     else the URL; never blank
 * @param source where it was read from: a file path, with {@code #line N} or {@code #record N}
 *     for one article of a multi-article file
 * @param url the article's address, if known
 * @param outlet the publishing outlet ("Palestine Chronicle"), if known
 * @param byline the author line without its "By", if known
 * @param title the headline, if known
 * @param published the publication date the input states; never inferred
 * @param credits agency or source credits found around the text ("PC", "AJA", "MEHR")
 * @param dateline the place of a dateline opening the text ("TEHRAN"), if any
 * @param text the clean body text
 * @param furniture site furniture removed from the body (footers, captions, related links),
 *     kept verbatim as metadata
 */
public record Article(
    String id,
    String source,
    Optional<String> url,
    Optional<String> outlet,
    Optional<String> byline,
    Optional<String> title,
    Optional<LocalDate> published,
    List<String> credits,
    Optional<String> dateline,
    String text,
    List<String> furniture) {

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    credits = List.copyOf(credits);
    Objects.requireNonNull(dateline, "dateline");
    Objects.requireNonNull(text, "text");
    furniture = List.copyOf(furniture);
  }

  /** Starts an article with the given id and text; everything else empty. */
  public static Builder builder(String id, String text) {
    return new Builder(id, text);
  }

  /** A builder seeded with this article's values. */
  public Builder toBuilder() {
    return new Builder(id, text)
        .source(source)
        .url(url.orElse(null))
        .outlet(outlet.orElse(null))
        .byline(byline.orElse(null))
        .title(title.orElse(null))
        .published(published.orElse(null))
        .credits(credits)
        .dateline(dateline.orElse(null))
        .furniture(furniture);
  }

  /**
   * A SHA-256 over every field but {@link #source()}: equal fingerprints mean the same article
   * content, whichever file it came from. The store uses it to tell "unchanged" from "updated".
   */
  public String fingerprint() {
    StringBuilder canonical = new StringBuilder();
    for (Object part :
        List.of(id, url, outlet, byline, title, published, credits, dateline, text, furniture)) {
      String value = part.toString();
      canonical.append(value.length()).append(':').append(value).append('\n');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Builds {@link Article}s field by field; {@code null} means "absent". */
  public static final class Builder {
    private final String id;
    private final String text;
    private String source = "";
    private String url;
    private String outlet;
    private String byline;
    private String title;
    private LocalDate published;
    private List<String> credits = List.of();
    private String dateline;
    private List<String> furniture = List.of();

    private Builder(String id, String text) {
      this.id = id;
      this.text = text;
    }

    public Builder source(String value) { this.source = value; return this; }
    public Builder url(String value) { this.url = blankToNull(value); return this; }
    public Builder outlet(String value) { this.outlet = blankToNull(value); return this; }
    public Builder byline(String value) { this.byline = blankToNull(value); return this; }
    public Builder title(String value) { this.title = blankToNull(value); return this; }
    public Builder published(LocalDate value) { this.published = value; return this; }
    public Builder credits(List<String> value) { this.credits = List.copyOf(value); return this; }
    public Builder dateline(String value) { this.dateline = blankToNull(value); return this; }
    public Builder furniture(List<String> value) { this.furniture = List.copyOf(value); return this; }

    public Article build() {
      return new Article(id, source, Optional.ofNullable(url), Optional.ofNullable(outlet),
          Optional.ofNullable(byline), Optional.ofNullable(title), Optional.ofNullable(published),
          credits, Optional.ofNullable(dateline), text, furniture);
    }

    private static String blankToNull(String value) {
      return value == null || value.isBlank() ? null : value.strip();
    }
  }
}

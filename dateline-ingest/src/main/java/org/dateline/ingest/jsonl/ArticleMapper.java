package org.dateline.ingest.jsonl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Optional;
import org.dateline.model.Article;

/**
 * Turns one line's fields into an {@link Article}. The id is the {@code id} field, else the
 * {@code url}, else {@code sha-} and the first 16 hex digits of the SHA-256 of the (NFC) text.
 * Text, title and outlet are NFC-normalized and otherwise verbatim. One instance per file: it
 * reuses its digest.
 */
final class ArticleMapper {

  private final MessageDigest sha256;

  ArticleMapper() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** The article on a line whose text is {@code json}, read from {@code source}. */
  Article map(String json, String source) throws BadLineException {
    LineFields fields = JsonLineParser.parse(json);
    String text = nfc(fields.text().filter(t -> !t.isBlank())
        .orElseThrow(() -> new BadLineException("no text: \"text\" is missing, null or empty")));
    Optional<String> url = fields.url().filter(s -> !s.isBlank());
    String id = fields.id().filter(s -> !s.isBlank()).or(() -> url).orElseGet(() -> contentId(text));
    Optional<String> published = fields.published().filter(s -> !s.isBlank());
    return Article.builder(id.strip(), text)
        .source(source)
        .url(url.orElse(null))
        .outlet(fields.outlet().map(ArticleMapper::nfc).orElse(null))
        .title(fields.title().map(ArticleMapper::nfc).orElse(null))
        .published(published.isPresent() ? PublishedField.parse(published.get()) : null)
        .build();
  }

  private String contentId(String text) {
    byte[] digest = sha256.digest(text.getBytes(StandardCharsets.UTF_8));
    return "sha-" + HexFormat.of().formatHex(digest, 0, 8);
  }

  private static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}

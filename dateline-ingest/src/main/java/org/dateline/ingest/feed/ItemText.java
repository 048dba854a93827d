package org.dateline.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.ingest.html.ExtractedArticle;
import org.dateline.ingest.html.HtmlArticleExtractor;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The text of a feed entry: its full content ({@code content:encoded}, Atom {@code content})
 * where the feed gives it, else its description or summary. HTML is read with
 * {@link HtmlArticleExtractor#extractFragment}, keeping paragraphs and dropping captions and
 * share links; plain text (Atom {@code type="text"}) keeps its blank-line paragraphs.
 */
final class ItemText {

  private final HtmlArticleExtractor extractor;

  ItemText(HtmlArticleExtractor extractor) {
    this.extractor = extractor;
  }

  /** The entry's text and what was found in it, or empty if it has none. */
  Optional<ExtractedArticle> of(SyndEntry entry, String baseUri) {
    List<SyndContent> candidates = new ArrayList<>(entry.getContents());
    if (entry.getDescription() != null) {
      candidates.add(entry.getDescription());
    }
    for (SyndContent content : candidates) {
      String value = content.getValue();
      if (value == null || value.isBlank()) {
        continue;
      }
      String html = isPlainText(content.getType()) ? asHtml(value) : value;
      ExtractedArticle text = extractor.extractFragment(html, baseUri);
      if (!text.isEmpty()) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  private static boolean isPlainText(@Nullable String type) {
    String lower = type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    return lower.equals("text") || lower.equals("text/plain");
  }

  /** Plain text as HTML paragraphs, one per blank-line-separated block. */
  private static String asHtml(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.strip().split("\\n\\s*\\n")) {
      html.append("<p>").append(Entities.escape(paragraph)).append("</p>");
    }
    return html.toString();
  }
}

package org.dateline.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes photo captions out of the article body. A caption is a {@code <figcaption>} or a short
 * element whose class names a caption or credit; its text goes to furniture, and a credit in it
 * ("Photo: Reuters", or an element of class {@code credit}) to credits. What is left of a
 * {@code <figure>} once its caption is gone (image links, "Enlarge" buttons) is dropped.
 */
final class CaptionCollector {

  /** Captions removed from a body, and the credits found in them. */
  record Captions(List<String> captions, List<String> credits) {}

  private static final int MAX_CAPTION_LENGTH = 600;

  private CaptionCollector() {}

  /** Removes the captions under {@code container}, in place, and returns them. */
  static Captions take(Element container) {
    ContentScores scores = ContentScores.of(container);
    List<String> captions = new ArrayList<>();
    Set<String> credits = new LinkedHashSet<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Element element && element != container
            && isCaption(element, scores)) {
          String caption = Whitespace.collapse(element.text());
          if (!caption.isEmpty()) {
            captions.add(caption);
          }
          creditOf(element, caption).ifPresent(credits::add);
          return FilterResult.REMOVE;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        boolean figure = node instanceof Element element && element != container
            && element.nameIs("figure");
        return figure && scores.plainText((Element) node) <= MAX_CAPTION_LENGTH
            ? FilterResult.REMOVE : FilterResult.CONTINUE;
      }
    }, container);
    return new Captions(captions, List.copyOf(credits));
  }

  private static boolean isCaption(Element element, ContentScores scores) {
    if (element.nameIs("figcaption")) {
      return true;
    }
    String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    return (names.contains("caption") || names.contains("credit"))
        && scores.plainText(element) <= MAX_CAPTION_LENGTH;
  }

  private static Optional<String> creditOf(Element caption, String captionText) {
    for (Element part : caption.select("[class~=(?i)credit|copyright|source]")) {
      String text = Whitespace.collapse(part.text());
      if (!text.isEmpty()) {
        return PhotoCredit.in(text).or(() -> Optional.of(text));
      }
    }
    return PhotoCredit.in(captionText);
  }
}

package org.dateline.ingest.feed;

import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jspecify.annotations.Nullable;

/**
 * The item or entry elements of a parsed feed, in document order, the order Rome reports its
 * entries in: {@code rss/channel/item}, {@code rdf:RDF/item} or {@code feed/entry}.
 */
final class ItemElements {

  private ItemElements() {}

  static List<Element> of(Document feed) {
    Element root = feed.getRootElement();
    return switch (root.getName()) {
      case "rss" -> {
        Element channel = childNamed(root, "channel");
        yield channel == null ? List.of() : childrenNamed(channel, "item");
      }
      case "RDF" -> childrenNamed(root, "item");
      case "feed" -> childrenNamed(root, "entry");
      default -> List.of();
    };
  }

  private static @Nullable Element childNamed(Element parent, String localName) {
    return parent.getChildren().stream()
        .filter(child -> child.getName().equals(localName)).findFirst().orElse(null);
  }

  private static List<Element> childrenNamed(Element parent, String localName) {
    return parent.getChildren().stream()
        .filter(child -> child.getName().equals(localName)).toList();
  }
}

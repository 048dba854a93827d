package org.dateline.ingest.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.ingest.html.PublicationDateParser;
import org.jdom2.Element;

/**
 * The publication date of a feed item as its XML writes it: the first of {@code pubDate}
 * (RSS 2.0), {@code dc:date} (RSS 1.0), {@code published}, {@code issued}, {@code created},
 * {@code updated} and {@code modified} (Atom 1.0 and 0.3) that holds a readable date.
 */
final class ItemDate {

  private static final List<String> ELEMENTS =
      List.of("pubDate", "date", "published", "issued", "created", "updated", "modified");

  private ItemDate() {}

  static Optional<LocalDate> of(Element item) {
    for (String name : ELEMENTS) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name)) {
          Optional<LocalDate> date = PublicationDateParser.parse(child.getTextTrim());
          if (date.isPresent()) {
            return date;
          }
        }
      }
    }
    return Optional.empty();
  }
}

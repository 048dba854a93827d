package org.dateline.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A full-text search over titles and texts.
 *
 * @param text the user's query, in Lucene's classic syntax ("Qaani AND Haniyeh", "\"Quds
 *     Force\"", "title:ceasefire"); plain words are matched against title and text
 * @param outlet only articles of this outlet (case-insensitive exact name)
 * @param from only articles published on or after this day (undated articles are excluded when
 *     a date filter is set)
 * @param to only articles published on or before this day
 * @param limit the most hits to return, at least 1
 */
public record SearchQuery(
    String text, Optional<String> outlet, Optional<LocalDate> from, Optional<LocalDate> to, int limit) {

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), 10);
  }
}

package org.dateline.link.stories;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an article reports from, as a day range.
 *
 * @param earliest the first day
 * @param latest the last day, not before {@code earliest}
 * @param stated whether the range is the stated publication date; an inferred publication
 *     window or a day read from the text is not, and counts less
 */
public record ArticleDate(LocalDate earliest, LocalDate latest, boolean stated) {

  public ArticleDate {
    Objects.requireNonNull(earliest, "earliest");
    Objects.requireNonNull(latest, "latest");
    if (latest.isBefore(earliest)) {
      throw new IllegalArgumentException("range ends before it starts: " + earliest + ".." + latest);
    }
  }
}

package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * What the dated articles of a story tell of when an undated article of the same story was
 * written.
 *
 * @param articleId the story's earliest dated article
 * @param published its publication date: the story's first known day
 * @param namedDays the calendar days the story's dated articles name ("on Thursday" in a
 *     Friday paper names the day before)
 */
public record StoryPartner(String articleId, LocalDate published, Set<LocalDate> namedDays) {

  public StoryPartner {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(published, "published");
    namedDays = Set.copyOf(namedDays);
  }

  /** A partner whose text names no day. */
  public StoryPartner(String articleId, LocalDate published) {
    this(articleId, published, Set.of());
  }
}

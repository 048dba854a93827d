package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated article that reports the same story as an undated one: evidence of when the undated
 * one was written.
 *
 * @param articleId the dated article
 * @param published its publication date
 */
public record StoryPartner(String articleId, LocalDate published) {

  public StoryPartner {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(published, "published");
  }
}

package org.dateline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something an article reports an actor as saying.
 *
 * @param span where the quoted words stand in the article text (inside the quote marks for a
 *     direct quote; the reported clause for an indirect one)
 * @param text the quoted words
 * @param speakerId the canonical actor who said it, if resolved
 * @param speakerName the speaker as the article names them at the attribution, if found
 * @param direct true for words inside quotation marks, false for reported speech ("X told Y
 *     that ...")
 */
public record Quote(
    Span span, String text, Optional<String> speakerId, Optional<String> speakerName, boolean direct) {

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speakerId, "speakerId");
    Objects.requireNonNull(speakerName, "speakerName");
  }
}

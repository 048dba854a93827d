package org.dateline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Something one actor did to, said to or intended for another, as one sentence of one article
 * reports it, coded in CAMEO.
 *
 * @param id stable for the same article text and coder revision ({@code "<article>/e3"})
 * @param code the CAMEO code ({@code "042"}, {@code "0871"}); its first two digits are the root
 *     class
 * @param actor1 the actor who acts (the source)
 * @param actor2 the actor acted upon (the target), if the text names one
 * @param date when it happened, as a TIMEX3 value ({@code "2024-07-11"}, {@code "2020-01"}):
 *     the sentence's own temporal expression, else the article's publication date for news of
 *     the day; empty when neither can be known (an undated background event)
 * @param location the canonical id of the place where it happened, where the text gives one
 * @param span the words that report it, from the first of trigger and actors to the last
 * @param sentence the sentence that reports it
 * @param confidence how sure the coder is, between 0 and 1
 * @param mode how the text presents it: as fact, as an intention or threat, as a claim the
 *     speaker makes, or as background
 * @param reportedBy for a claim made in quoted or reported speech about a third party, the
 *     canonical id of the speaker who makes it
 */
public record Event(
    String id,
    String code,
    Participant actor1,
    Optional<Participant> actor2,
    Optional<String> date,
    Optional<String> location,
    Span span,
    Span sentence,
    double confidence,
    EventMode mode,
    Optional<String> reportedBy) {

  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(actor1, "actor1");
    Objects.requireNonNull(actor2, "actor2");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(reportedBy, "reportedBy");
    if (code.length() < 2 || !code.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("not a CAMEO code: " + code);
    }
  }

  /** The CAMEO root class: the code's first two digits ({@code "04"} for {@code "042"}). */
  public String root() {
    return code.substring(0, 2);
  }
}

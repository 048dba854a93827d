package org.dateline.model;

import java.util.Objects;

/**
 * An actor taking part in an {@link Event}, as the sentence names it.
 *
 * @param actorId the canonical actor id ("esmail-qaani", "israel", "palestine-armed-groups")
 * @param name the words the sentence uses for it ("Qa’ani", "the occupying regime"), or the
 *     speaker's name when the actor is the speaker of a quote
 * @param span where those words stand in the article text
 */
public record Participant(String actorId, String name, Span span) {

  public Participant {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}

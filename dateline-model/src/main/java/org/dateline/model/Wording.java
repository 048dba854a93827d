package org.dateline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Words an article uses for an actor, in its own voice (not inside a direct quote): a name
 * ("Tel Aviv"), a descriptive name ("the occupying regime"), a description ("militant group
 * Hamas", "Iran's legendary anti-terror commander") or words it puts in scare quotes. Recorded
 * the same way for every outlet and every actor; Dateline reports the wording, not a verdict.
 *
 * @param actorId the actor the words refer to (for scare quotes, the actor named nearest before
 *     them in the sentence, if any)
 * @param text the words as written
 * @param span where they stand in the article text
 * @param kind what kind of wording it is
 */
public record Wording(Optional<String> actorId, String text, Span span, WordingKind kind) {

  public Wording {
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
  }
}

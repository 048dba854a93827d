package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * One place an article names an actor.
 *
 * @param span where the name stands in the article text (the name itself, without titles)
 * @param text the name as written ({@code span} sliced from the text)
 * @param actorId the canonical {@link Actor#id() actor} it resolves to
 * @param type the actor's type
 * @param roles titles or roles written around this mention ("Brigadier General", "Sayyed")
 */
public record Mention(Span span, String text, String actorId, ActorType type, List<String> roles) {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(actorId, "actorId");
    Objects.requireNonNull(type, "type");
    roles = List.copyOf(roles);
  }
}

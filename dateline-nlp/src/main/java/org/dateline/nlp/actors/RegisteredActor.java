package org.dateline.nlp.actors;

import java.util.Objects;
import org.dateline.model.Actor;

/**
 * A canonical actor of the {@link ActorRegistry} with how much the store says about it.
 *
 * @param actor the actor: its name is the dictionary's, else the most frequent full form; its
 *     aliases every other form written, most frequent first
 * @param articles in how many articles it is mentioned
 * @param mentions how many times, over all articles
 */
public record RegisteredActor(Actor actor, int articles, int mentions) {

  public RegisteredActor {
    Objects.requireNonNull(actor, "actor");
  }
}

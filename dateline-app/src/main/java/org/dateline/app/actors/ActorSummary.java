package org.dateline.app.actors;

import java.util.List;
import org.dateline.model.Actor;

/**
 * A canonical actor with what the store says about it.
 *
 * @param actor the canonical actor (name, type, aliases, roles)
 * @param articles ids of the articles that mention it, in id order
 * @param mentions how many mentions it has in all
 */
public record ActorSummary(Actor actor, List<String> articles, int mentions) {

  public ActorSummary {
    articles = List.copyOf(articles);
  }
}

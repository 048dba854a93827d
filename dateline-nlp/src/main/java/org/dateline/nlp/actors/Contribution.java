package org.dateline.nlp.actors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.ActorType;

/**
 * What one article says about one canonical actor: the forms it wrote (with counts), the type
 * and roles it gave, its mention count, and the canonical ids of the country and organization it
 * tied the actor to.
 */
record Contribution(ActorType type, Map<String, Integer> forms, List<String> roles, int mentions,
    Optional<String> country, Optional<String> affiliation) {

  Contribution {
    forms = Map.copyOf(forms);
    roles = List.copyOf(roles);
  }
}

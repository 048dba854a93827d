package org.dateline.nlp.events;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which actors speak for which: a person for their organization and country, an organization
 * for the body it is part of and its country ("Salami" speaks for the IRGC and Iran). Lets a
 * speaker's "Iran is ready to provide assistance" be coded as the speaker's own pledge.
 */
final class Sides {

  private static final int DEPTH = 4;

  private final Map<String, Set<String>> parents;

  Sides(Map<String, Set<String>> parents) {
    this.parents = Map.copyOf(parents);
  }

  /** Whether {@code actor} is {@code speaker} or something the speaker belongs to. */
  boolean sameSide(String speaker, String actor) {
    return sideOf(speaker).contains(actor);
  }

  /** Whether {@code org} is what {@code person} directly belongs to (their organization or country). */
  boolean directlyIn(String person, String org) {
    return parents.getOrDefault(person, Set.of()).contains(org);
  }

  private Set<String> sideOf(String actor) {
    Set<String> side = new HashSet<>();
    side.add(actor);
    Set<String> frontier = Set.of(actor);
    for (int d = 0; d < DEPTH && !frontier.isEmpty(); d++) {
      Set<String> next = new HashSet<>();
      for (String a : frontier) {
        for (String parent : Optional.ofNullable(parents.get(a)).orElse(Set.of())) {
          if (side.add(parent)) {
            next.add(parent);
          }
        }
      }
      frontier = next;
    }
    return side;
  }
}

package org.dateline.nlp.quotes;

import java.util.Optional;

/**
 * Who a quote is attributed to.
 *
 * @param name the name as written at the attribution, or the antecedent's name for a pronoun
 * @param id the actor id, when a mention gives one
 * @param person whether the speaker is a person (and so a referent for later pronouns)
 */
record Speaker(String name, Optional<String> id, boolean person) {

  /** Whether both name the same speaker: the same id, or the same name when ids are missing. */
  boolean same(Speaker other) {
    if (id.isPresent() && other.id.isPresent()) {
      return id.equals(other.id);
    }
    return name.equalsIgnoreCase(other.name);
  }
}

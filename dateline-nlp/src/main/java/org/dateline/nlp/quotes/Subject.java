package org.dateline.nlp.quotes;

import java.util.Optional;
import org.dateline.model.Mention;

/**
 * The phrase that may name a speaker, as read off the tokens: a mention, a pronoun, a
 * description headed by a speaker noun, or a capitalized name no mention covers.
 *
 * @param kind what the phrase is
 * @param start the first token of the phrase
 * @param end the token after the phrase
 * @param stop the token where reading stopped (the verb, preposition or clause boundary after it)
 * @param mention the mention the phrase names, for {@link Kind#PERSON} and {@link
 *     Kind#ORGANIZATION}
 * @param owner a person named in the possessive inside a description ("Stone’s lawyer")
 */
record Subject(Kind kind, int start, int end, int stop, Optional<Mention> mention, Optional<Mention> owner) {

  /** A subject phrase that names no mention: a pronoun or a bare name. */
  static Subject plain(Kind kind, int start, int end, int stop) {
    return new Subject(kind, start, end, stop, Optional.empty(), Optional.empty());
  }

  /** A subject phrase naming a person or organization mention. */
  static Subject named(Kind kind, int start, int end, int stop, Mention mention) {
    return new Subject(kind, start, end, stop, Optional.of(mention), Optional.empty());
  }

  /** What a subject phrase is. */
  enum Kind {
    /** A mention of a person. */
    PERSON,
    /** A mention of an organization, country or group. */
    ORGANIZATION,
    /** He, she or they. */
    PRONOUN,
    /** A noun phrase headed by a speaker noun: "the Islamic Jihad leader", "state media". */
    DESCRIPTION,
    /** Capitalized words no mention covers, right before or after a speech verb. */
    NAME
  }
}

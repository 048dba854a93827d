package org.dateline.nlp.references;

import org.dateline.model.ActorType;
import org.dateline.model.Participant;
import org.dateline.model.Span;

/**
 * A place in the text that refers to an actor: a name the language layer resolved, or a
 * collective or descriptive phrase ("the Palestinian nation", "the occupying regime").
 *
 * @param first its first token
 * @param end the token after it
 * @param actorId the actor it refers to
 * @param type the actor's type
 * @param span its characters
 * @param text the words as written
 * @param kind where it comes from: a name, a collective name, a descriptive name
 */
public record Ref(int first, int end, String actorId, ActorType type, Span span, String text, Kind kind) {

  /** Where a reference comes from. */
  public enum Kind {
    /** A name the language layer resolved ("Israel", "Qa'ani"). */
    MENTION,
    /** A demonym with a group noun ("the Palestinian nation", "the Israeli occupation"). */
    COLLECTIVE,
    /** A descriptive name from the epithet list ("the occupying regime"). */
    EPITHET
  }

  public Participant participant() {
    return new Participant(actorId, text, span);
  }
}

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
 */
public record Ref(int first, int end, String actorId, ActorType type, Span span, String text) {

  public Participant participant() {
    return new Participant(actorId, text, span);
  }
}

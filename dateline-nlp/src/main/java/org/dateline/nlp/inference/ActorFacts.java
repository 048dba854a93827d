package org.dateline.nlp.inference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the actor dictionary knows about an actor's life and offices, by actor id. */
public interface ActorFacts {

  /** An office held from {@code from} to {@code to} (open ends unknown), won at {@code elected}. */
  record Office(String title, Optional<LocalDate> from, Optional<LocalDate> to, Optional<LocalDate> elected) {}

  /** The day the actor died, if known. */
  Optional<LocalDate> died(String actorId);

  /** The offices the actor held or holds. */
  List<Office> offices(String actorId);
}

package org.dateline.nlp.inference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.nlp.actors.ActorDictionary;
import org.dateline.nlp.actors.DictionaryEntry;

/** {@link ActorFacts} read from the actor dictionary's {@code died} and {@code roles}. */
public final class DictionaryFacts implements ActorFacts {

  private final ActorDictionary dictionary;

  public DictionaryFacts(ActorDictionary dictionary) {
    this.dictionary = dictionary;
  }

  @Override
  public Optional<LocalDate> died(String actorId) {
    return dictionary.entry(actorId).flatMap(DictionaryEntry::died);
  }

  @Override
  public List<Office> offices(String actorId) {
    return dictionary.entry(actorId).map(entry -> entry.roles().stream()
        .map(role -> new Office(role.role(), role.from(), role.to(), role.elected()))
        .toList()).orElse(List.of());
  }
}

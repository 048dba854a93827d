package org.dateline.nlp.events;

import java.util.Optional;
import java.util.Set;
import org.dateline.model.ActorType;
import org.dateline.nlp.references.Ref;
import org.dateline.nlp.references.Words;

/**
 * Where an event happened, where the sentence says: a place or country named after "in",
 * "near" or "at" following the event's words ("in a US drone strike near Baghdad", "in Iran's
 * northern holy city of Mashhad": the most specific place of the phrase, which ends where the
 * clause goes on: "in Stockholm to discuss the Torne river" is in Stockholm).
 */
final class EventPlaces {

  private static final Set<String> LOCATIVES = Set.of("in", "near", "at", "outside", "inside");
  private static final int PHRASE = 7;
  /** Words after which the sentence tells of something else: "... on May 10 after harassment of Palestinians in Jerusalem". */
  private static final Set<String> OTHER_EVENT = Set.of("after", "before", "following", "amid", "since");
  /** Words that end a place phrase: what follows is another part of the clause ("in Stockholm to discuss the Torne river"). */
  private static final Set<String> PHRASE_ENDS = Set.of("to", "for", "and", "but", "with", "after", "before",
      "during", "while", "when", "on", "over", "against", "about", "amid");

  private final Words words;

  EventPlaces(Words words) {
    this.words = words;
  }

  Optional<Ref> after(int from) {
    int s = words.sentenceOf(Math.min(from, words.size() - 1));
    int to = words.sentenceEnd(s);
    for (int t = from; t < to; t++) {
      String w = words.lower(t);
      if (Grammar.RELATIVES.contains(w) || Grammar.SUBORDINATORS.contains(w) || OTHER_EVENT.contains(w)
          || w.equals(";")) {
        return Optional.empty();
      }
      if (!LOCATIVES.contains(w)) {
        continue;
      }
      Ref place = null;
      for (int k = t + 1; k < to && k - t <= PHRASE; k++) {
        String word = words.lower(k);
        if (word.equals(",") || word.equals(".") || PHRASE_ENDS.contains(word)
            || (LOCATIVES.contains(word) && place != null)) {
          break;
        }
        Optional<Ref> ref = words.refAt(k);
        if (ref.isPresent() && (ref.get().type() == ActorType.LOCATION || ref.get().type() == ActorType.COUNTRY)) {
          place = ref.get();
          k = ref.get().end() - 1;
        }
      }
      if (place != null) {
        return Optional.of(place);
      }
    }
    return Optional.empty();
  }
}

package org.dateline.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.nlp.references.Epithets;
import org.dateline.nlp.references.Resources;
import org.dateline.nlp.references.Words;

/**
 * What the words before an event's verb say about it (modality.txt): that it did not happen,
 * is intended or threatened, is only possible, or is a standing habit rather than an event.
 */
final class Modality {

  /** What the words between subject and verb make of an event. */
  enum Mood { FACT, NEGATED, INTENDED, THREATENED, HYPOTHETICAL, HABITUAL }

  private final Map<Mood, List<List<String>>> cues;

  private Modality(Map<Mood, List<List<String>>> cues) {
    this.cues = cues;
  }

  static Modality bundled() {
    Map<Mood, List<List<String>>> cues = new java.util.EnumMap<>(Mood.class);
    Resources.sections(Resources.lines(EventCoder.class, "modality.txt")).forEach((section, lines) -> {
      Mood mood = switch (section) {
        case "negation" -> Mood.NEGATED;
        case "intent" -> Mood.INTENDED;
        case "threat" -> Mood.THREATENED;
        case "hypothetical" -> Mood.HYPOTHETICAL;
        case "habitual" -> Mood.HABITUAL;
        default -> throw new IllegalStateException("modality.txt: unknown section [" + section + "]");
      };
      List<List<String>> phrases = new ArrayList<>();
      for (String line : lines) {
        phrases.add(Epithets.words(line));
      }
      cues.put(mood, phrases);
    });
    return new Modality(cues);
  }

  /**
   * The mood of an event whose verb is token {@code verb}, read from tokens {@code [from, verb)}
   * (habits from the sentence's start).
   * Negation wins over everything, then hypotheses and habits, then threats, then intentions.
   */
  Mood of(Words words, int from, int verb, int sentenceFirst) {
    for (Mood mood : List.of(Mood.NEGATED, Mood.HYPOTHETICAL, Mood.HABITUAL, Mood.THREATENED, Mood.INTENDED)) {
      // a habit may be told anywhere before the verb: "Whenever X strikes, Y responds"
      int start = mood == Mood.HABITUAL ? sentenceFirst : from;
      for (List<String> cue : cues.getOrDefault(mood, List.of())) {
        if (contains(words, start, verb, cue)) {
          return mood;
        }
      }
    }
    return Mood.FACT;
  }

  private static boolean contains(Words words, int from, int to, List<String> cue) {
    for (int i = Math.max(0, from); i + cue.size() <= to; i++) {
      if (words.startsWith(i, to, cue)) {
        return true;
      }
    }
    return false;
  }
}

package org.dateline.nlp.framing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.model.Wording;
import org.dateline.model.WordingKind;
import org.dateline.nlp.references.Epithets;
import org.dateline.nlp.references.Resources;
import org.dateline.nlp.references.Words;

/**
 * Finds loaded wording (loaded-words.txt: intensifiers, distancing hedges, attack verbs,
 * evaluative adjectives, loaded labels, stance verbs) in an article's own voice. The list is
 * the same for every outlet and every side; finding a word records usage, not a verdict.
 */
final class LoadedWords {

  /** A phrase as lower-case tokens; the last may end in '*' (any ending). */
  private record Phrase(List<String> words) {

    boolean matchesAt(Words text, int t) {
      if (t + words.size() > text.size()) {
        return false;
      }
      for (int k = 0; k < words.size(); k++) {
        String want = words.get(k);
        String got = text.lower(t + k);
        boolean ok = want.endsWith("*") ? got.startsWith(want.substring(0, want.length() - 1)) : got.equals(want);
        if (!ok) {
          return false;
        }
      }
      return true;
    }
  }

  private final Map<String, List<Phrase>> byFirstLetters = new HashMap<>();

  private LoadedWords(List<Phrase> phrases) {
    for (Phrase phrase : phrases) {
      byFirstLetters.computeIfAbsent(key(phrase.words().get(0)), k -> new ArrayList<>()).add(phrase);
    }
    byFirstLetters.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
  }

  static LoadedWords bundled() {
    List<Phrase> phrases = new ArrayList<>();
    for (String line : Resources.lines(LoadedWords.class, "loaded-words.txt")) {
      if (!line.startsWith("[")) {
        List<String> words = Epithets.words(line.replace("*", "\u0000")).stream()
            .map(w -> w.replace('\u0000', '*')).toList();
        if (!words.isEmpty()) {
          phrases.add(new Phrase(words));
        }
      }
    }
    return new LoadedWords(phrases);
  }

  /** The loaded words of the article outside direct quotes, in text order. */
  List<Wording> find(Words words) {
    List<Wording> found = new ArrayList<>();
    for (int t = 0; t < words.size(); t++) {
      if (words.quoteAt(t).map(Quote::direct).orElse(false)) {
        continue;
      }
      for (Phrase phrase : byFirstLetters.getOrDefault(key(words.lower(t)), List.of())) {
        if (phrase.matchesAt(words, t)) {
          int end = t + phrase.words().size();
          Span span = new Span(words.start(t), words.end(end - 1));
          found.add(new Wording(Optional.empty(), span.slice(words.text()), span, WordingKind.LOADED));
          t = end - 1;
          break;
        }
      }
    }
    return found;
  }

  /** Phrases are looked up by their first two letters ("sl" for "slam*"). */
  private static String key(String word) {
    String letters = word.replace("*", "");
    return letters.length() >= 2 ? letters.substring(0, 2) : letters;
  }
}

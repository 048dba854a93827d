package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.nlp.actors.Candidate.Origin;

/**
 * Decides whether a capital stands for its country's government (rule 7): "Tehran said",
 * "Tehran “will continue”", "Tehran's support", "the Tel Aviv regime", "between Tel Aviv and
 * Hezbollah". Elsewhere ("met in Tehran") the city stays a place.
 */
final class CapitalReader {

  private static final String QUOTES = "“”\"‘«»";
  private static final int MAX_MODIFIERS = 2;

  private final DictionaryIndex index;
  private final Lexicon lexicon;

  CapitalReader(DictionaryIndex index, Lexicon lexicon) {
    this.index = index;
    this.lexicon = lexicon;
  }

  /** Each capital becomes its country where it stands for the government, else a place. */
  List<Candidate> read(List<Candidate> candidates, String text, Words words) {
    List<Candidate> read = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      Optional<String> country = governmentOf(candidate, text, words, candidates);
      if (country.isPresent()) {
        read.add(new Candidate(candidate.span(), ActorType.COUNTRY, country, Origin.DICTIONARY));
      } else if (candidate.origin() == Origin.CAPITAL) {
        Optional<String> place = index.placeNamed(candidate.text(text));
        read.add(new Candidate(candidate.span(), ActorType.LOCATION, place, place.isPresent() ? Origin.DICTIONARY : Origin.TAGGER));
      } else {
        read.add(candidate);
      }
    }
    return read;
  }

  /** The country a capital candidate stands for here, if its context makes it the government. */
  Optional<String> governmentOf(Candidate capital, String text, Words words, List<Candidate> all) {
    Optional<String> country = capital.origin() == Origin.CAPITAL ? capital.entryId()
        : capital.type() == ActorType.LOCATION ? index.countryOfCapital(capital.text(text)) : Optional.empty();
    if (country.isEmpty()) {
      return Optional.empty();
    }
    int last = words.lastBefore(capital.span().end());
    int next = skipQuotes(words, last + 1);
    boolean government = words.isPossessive(next) ? nounFollows(words, next + 1, true)
        : nounFollows(words, next, false) || verbFollows(words, next) || paired(capital, words, all);
    return government ? country : Optional.empty();
  }

  private boolean nounFollows(Words words, int i, boolean possessed) {
    for (int k = i; k < i + MAX_MODIFIERS + 1 && words.isWord(k); k++) {
      String word = words.lower(k);
      if (lexicon.governmentNouns.contains(word) || (possessed && lexicon.stanceNouns.contains(word))) {
        return true;
      }
      if (!possessed || words.isCapitalized(k)) {
        return false;
      }
    }
    return false;
  }

  private boolean verbFollows(Words words, int i) {
    if (!words.isWord(i)) {
      return false;
    }
    if (words.lower(i).endsWith("ly") && words.isWord(i + 1)) {
      i++;
    }
    return lexicon.speechVerbs.contains(words.lower(i));
  }

  /** "between CAPITAL and ACTOR" or "between ACTOR and CAPITAL", the actor not a mere place. */
  private boolean paired(Candidate capital, Words words, List<Candidate> all) {
    int first = words.firstFrom(capital.span().start());
    int last = words.lastBefore(capital.span().end());
    if (words.is(first - 1, "between") && words.is(last + 1, "and")) {
      int other = words.is(last + 2, "the") ? last + 3 : last + 2;
      return other < words.size() && actorAt(words.start(other), all);
    }
    if (words.is(first - 1, "and")) {
      for (Candidate other : all) {
        int before = words.firstFrom(other.span().start());
        boolean between = words.is(before - 1, "between") || words.is(before - 1, "the") && words.is(before - 2, "between");
        if (other.span().end() <= words.start(first - 1) && words.lastBefore(other.span().end()) == first - 2 && between) {
          return isActor(other);
        }
      }
    }
    return false;
  }

  private static boolean actorAt(int offset, List<Candidate> all) {
    return all.stream().anyMatch(c -> c.span().start() == offset && isActor(c));
  }

  private static boolean isActor(Candidate c) {
    return c.type() != ActorType.LOCATION || c.origin() == Origin.CAPITAL;
  }

  private static int skipQuotes(Words words, int i) {
    while (i < words.size() && !words.isWord(i) && QUOTES.indexOf(words.text(i).charAt(0)) >= 0) {
      i++;
    }
    return i;
  }
}

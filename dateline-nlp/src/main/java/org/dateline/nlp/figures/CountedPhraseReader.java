package org.dateline.nlp.figures;

import java.util.Optional;
import java.util.Set;

/**
 * Reads what a number counts: the unit or plural noun phrase after it, and the casualty or
 * action verb the sentence attaches to it, before the number ("killed 10 people") or after the
 * phrase ("38,350 Palestinians, mostly women and children, have been killed").
 */
final class CountedPhraseReader {

  /** What a number counts and the token after the last one the figure covers. */
  record Counted(String what, int end) {}

  private static final int MAX_NOUN_WORDS = 3;
  private static final int MAX_APPOSITIVE = 10;
  /** Numbers written as words below this count only with a hedge, unit or event verb. */
  private static final int SMALL_WORD_NUMBERS = 10;

  private static final Set<String> STOPS = Set.of(
      "of", "in", "on", "at", "to", "for", "from", "with", "by", "against", "across", "over", "under", "into",
      "and", "or", "but", "than", "as", "who", "which", "that", "whom", "whose", "the", "a", "an", "this", "their",
      "its", "his", "her", "it", "them", "us", "those", "these", "have", "has", "had", "were", "was", "are", "is",
      "be", "been", "will", "would", "more",
      "each", "per", "since", "during", "after", "before", "while", "when", "where", "so", "far");

  private static final Set<String> LINKS = Set.of(
      "have", "has", "had", "been", "were", "was", "are", "is", "be", "being", "reportedly", "also", "now", "so",
      "far", "already", "since", "then", "all", "either", "allegedly");

  private static final Set<String> PLURALS = Set.of(
      "people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep", "feet", "teeth",
      "mice", "geese", "deer", "aircraft", "militia", "youth", "clergy", "livestock", "infantry", "media");

  private final Tokens tokens;
  private final FigureLexicon lexicon;

  CountedPhraseReader(Tokens tokens, FigureLexicon lexicon) {
    this.tokens = tokens;
    this.lexicon = lexicon;
  }

  /**
   * What {@code amount} counts, if the text says; empty for durations and bare numbers. {@code
   * lead} tokens (a hedge, a currency sign) stand before the number.
   */
  Optional<Counted> read(Amount amount, int lead) {
    int j = amount.end();
    int sign = amount.start() - 1;
    if (lead > 0 && tokens.punctuation(sign)) {
      return Optional.of(new Counted(currency(tokens.word(sign)), j));
    }
    int before = amount.start() - 1 - lead;
    Optional<FigureLexicon.Match<FigureLexicon.UnitKind>> unit =
        tokens.sameSentence(j, amount.start()) ? lexicon.unitAt(tokens, j) : Optional.empty();
    if (unit.isPresent()) {
      return unit(unit.get(), j);
    }
    boolean eventBefore = tokens.sameSentence(before, amount.start()) && lexicon.eventVerb(tokens.word(before));
    String verbBefore = eventBefore ? tokens.lower(before) : "";
    int k = j;
    if (k + 1 < tokens.size() && tokens.lower(k).equals("of") && tokens.lower(k + 1).equals("the")) {
      k += 2; // "30 of the victims"
    } else if (amount.vague() && k + 1 < tokens.size() && tokens.lower(k).equals("of")) {
      k += 1; // "hundreds of people"
    }
    int nounStart = k;
    k = nounPhraseEnd(k, amount.start(), amount.value() == 1);
    if (k == nounStart) {
      Optional<Integer> verb = verbAfter(j, amount.start());
      if (verb.isPresent()) {
        return Optional.of(new Counted(tokens.lower(verb.get()), verb.get() + 1));
      }
      return verbBefore.isEmpty() ? Optional.empty() : Optional.of(new Counted(verbBefore, j));
    }
    boolean small = !amount.digits() && !amount.vague() && amount.value() < SMALL_WORD_NUMBERS;
    if (small && lead == 0 && verbBefore.isEmpty() && verbAfter(k, amount.start()).isEmpty()) {
      return Optional.empty(); // "two daughters": small counts in words are claims only with an event
    }
    String noun = tokens.text().substring(tokens.start(nounStart), tokens.end(k - 1));
    if (!verbBefore.isEmpty()) {
      return Optional.of(new Counted(noun + " " + verbBefore, k));
    }
    Optional<Integer> verb = verbAfter(k, amount.start());
    return Optional.of(verb.map(v -> new Counted(noun + " " + tokens.lower(v), v + 1)).orElse(new Counted(noun, k)));
  }

  private Optional<Counted> unit(FigureLexicon.Match<FigureLexicon.UnitKind> unit, int j) {
    int end = j + unit.length();
    String word = tokens.text().substring(tokens.start(j), tokens.end(end - 1));
    return switch (unit.value()) {
      case TIME -> Optional.empty();
      case MONEY -> Optional.of(new Counted(currency(word), end));
      case PERCENT -> Optional.of(ofPhrase("percent", end));
      case MEASURE -> Optional.of(ofPhrase(word, end));
    };
  }

  /** "40 percent of voters": the unit and the phrase after "of", up to three words. */
  private Counted ofPhrase(String unit, int end) {
    if (end + 1 < tokens.size() && tokens.lower(end).equals("of") && tokens.sameSentence(end, end + 1)) {
      int k = end + 1;
      if (tokens.lower(k).equals("the")) {
        k++;
      }
      int from = k;
      k = nounPhraseEnd(k, end, true);
      if (k > from) {
        return new Counted(unit + " of " + tokens.text().substring(tokens.start(from), tokens.end(k - 1)), k);
      }
    }
    return new Counted(unit, end);
  }

  /** A casualty or action verb after the counted phrase, past an appositive and auxiliaries. */
  private Optional<Integer> verbAfter(int k, int anchor) {
    int t = k;
    if (t < tokens.size() && tokens.word(t).equals(",")) {
      int close = t + 1;
      while (close - t <= MAX_APPOSITIVE && tokens.sameSentence(close, anchor) && !tokens.word(close).equals(",")) {
        close++;
      }
      if (close < tokens.size() && tokens.word(close).equals(",")) {
        t = close + 1;
      }
    }
    while (t < tokens.size() && tokens.sameSentence(t, anchor) && (LINKS.contains(tokens.lower(t)) || adverb(t))) {
      t++;
    }
    boolean event = tokens.sameSentence(t, anchor) && lexicon.eventVerb(tokens.word(t));
    return event ? Optional.of(t) : Optional.empty();
  }

  /**
   * The end of the noun phrase starting at {@code from}: up to three words, ending at the last
   * plural among them ("strong aftershocks" of "strong aftershocks shook"), or at a singular
   * noun when {@code singular} (a count of one). Returns {@code from} when there is none.
   */
  private int nounPhraseEnd(int from, int anchor, boolean singular) {
    int end = from;
    for (int k = from; k - from < MAX_NOUN_WORDS && tokens.sameSentence(k, anchor) && nounWord(k); k++) {
      if (plural(k) || singular) {
        end = k + 1;
      }
    }
    return end;
  }

  private boolean nounWord(int k) {
    String lower = tokens.lower(k);
    return !tokens.punctuation(k) && Character.isLetter(lower.charAt(0)) && !STOPS.contains(lower)
        && !lexicon.eventVerb(lower) && !adverb(k);
  }

  private boolean plural(int k) {
    String lower = tokens.lower(k);
    boolean regular = lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && lower.length() > 2;
    return regular || PLURALS.contains(lower);
  }

  private boolean adverb(int k) {
    return tokens.lowerCase(k) && tokens.lower(k).endsWith("ly") && tokens.lower(k).length() > 4;
  }

  private static String currency(String sign) {
    return switch (sign.toLowerCase(java.util.Locale.ROOT)) {
      case "$", "us$", "dollar" -> "dollars";
      case "€", "euro" -> "euros";
      case "£" -> "pounds";
      default -> sign.toLowerCase(java.util.Locale.ROOT);
    };
  }
}

package org.dateline.nlp.figures;

import java.util.Set;

/**
 * Tells numbers that are not claims from those that are: years, dates, clock times, ages,
 * phone and street numbers, numbers inside names, and numbers a definite determiner refers back
 * with. Durations are left to the unit check in {@link CountedPhraseReader}.
 */
final class NonClaims {

  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
      "nov.", "dec.");

  private static final Set<String> CLOCK =
      Set.of("a.m.", "p.m.", "am", "pm", "gmt", "utc", "et", "est", "edt", "o'clock", "hrs", "local");

  private static final Set<String> YEAR_WORDS = Set.of(
      "in", "since", "of", "by", "until", "till", "from", "to", "before", "after", "during", "the", "year", "early",
      "late", "mid", "through", "between", "and", "or", "fiscal", "its", "his", "her", "their");

  private static final Set<String> REFERRING = Set.of(
      "the", "these", "those", "this", "that", "its", "their", "his", "her", "our", "my", "your", "all", "both",
      "each", "every", "first", "last", "next", "top");

  private static final Set<String> AGE_WORDS = Set.of("aged", "age", "ages");

  private static final Set<String> STREETS = Set.of(
      "street", "st.", "avenue", "ave.", "road", "rd.", "boulevard", "blvd.", "lane", "drive", "way", "place",
      "square");

  private final Tokens tokens;

  NonClaims(Tokens tokens) {
    this.tokens = tokens;
  }

  /**
   * Whether the number is not a claim; {@code hedge} tokens of hedge and {@code lead} tokens in
   * all (hedge and currency sign) stand before it.
   */
  boolean rejects(Amount amount, int hedge, int lead) {
    int before = amount.start() - 1 - lead;
    int after = amount.end();
    String previous = before >= 0 && tokens.sameSentence(before, amount.start()) ? tokens.lower(before) : "";
    String next = after < tokens.size() && tokens.sameSentence(after, amount.start()) ? tokens.lower(after) : "";
    return year(amount, lead, previous)
        || MONTHS.contains(previous) || MONTHS.contains(next)
        || CLOCK.contains(next) || next.equals(":")
        || AGE_WORDS.contains(previous) || age(amount, before, after)
        || next.matches("\\d+-\\d+") || street(after)
        || (hedge == 0 && REFERRING.contains(previous))
        || (hedge == 0 && partOfName(before))
        || previous.equals("no.") || previous.equals("#") || previous.equals("number");
  }

  /** A four-digit number between 1800 and 2100 is a year unless hedged or counting something plainly. */
  private boolean year(Amount amount, int hedge, String previous) {
    if (!amount.digits() || amount.end() - amount.start() != 1) {
      return false;
    }
    String word = tokens.word(amount.start());
    if (!word.matches("\\d{4}") || amount.value() < 1800 || amount.value() > 2100) {
      return false;
    }
    return hedge == 0 && (previous.isEmpty() || YEAR_WORDS.contains(previous) || !plainCount(amount.end()));
  }

  /** Whether a plural noun follows, as in "2000 troops". */
  private boolean plainCount(int i) {
    return i < tokens.size() && tokens.lowerCase(i) && tokens.lower(i).endsWith("s");
  }

  /** "33 years old", "John Smith, 66, a former ...". */
  private boolean age(Amount amount, int before, int after) {
    if (after + 1 < tokens.size() && tokens.lower(after + 1).equals("old") && tokens.lower(after).startsWith("year")) {
      return true;
    }
    return before >= 1 && after < tokens.size() && tokens.word(before).equals(",") && tokens.word(after).equals(",")
        && tokens.capitalized(before - 1) && amount.value() < 120 && amount.digits();
  }

  /** "10 Downing Street": capitalized words ending in a street word. */
  private boolean street(int after) {
    for (int t = after; t < tokens.size() && t < after + 4 && tokens.capitalized(t); t++) {
      if (STREETS.contains(tokens.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** "Resolution 2334", "Flight 17": a capitalized word, not at a sentence start, right before. */
  private boolean partOfName(int before) {
    return before >= 0 && tokens.capitalized(before) && !tokens.sentenceStart(before) && !tokens.punctuation(before)
        && tokens.sameSentence(before, before + 1);
  }
}

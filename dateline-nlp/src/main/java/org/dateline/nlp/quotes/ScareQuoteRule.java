package org.dateline.nlp.quotes;

/**
 * Tells quotes from scare quotes and titles: a quotation of one or two words, in Title Case, or
 * in single marks is a quote only when a speech cue surrounds it; any other is a quote.
 */
final class ScareQuoteRule {

  private static final int SCARE_MAX_WORDS = 2;

  private ScareQuoteRule() {}

  /** Whether the quotation is someone's words, given whether a speech cue surrounds it. */
  static boolean isQuote(Quotation quotation, boolean cued, String text) {
    int count = quotation.wordCount(text);
    if (count == 0) {
      return false;
    }
    if (quotation.single() || count <= SCARE_MAX_WORDS || titleCase(quotation.inner().slice(text))) {
      return cued;
    }
    return true;
  }

  /** Whether every word but the small ones starts with a capital and no sentence mark ends it. */
  private static boolean titleCase(String phrase) {
    String trimmed = phrase.trim().replaceAll("[.,;]+$", "");
    String[] parts = trimmed.split("\\s+");
    if (parts.length < 2 || trimmed.matches(".*[!?]$")) {
      return false;
    }
    for (String part : parts) {
      boolean small = part.length() <= 3 && Character.isLowerCase(part.charAt(0));
      if (!small && !Character.isUpperCase(part.charAt(0))) {
        return false;
      }
    }
    return true;
  }
}

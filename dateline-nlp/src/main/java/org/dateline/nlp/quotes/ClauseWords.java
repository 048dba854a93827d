package org.dateline.nlp.quotes;

/**
 * Word classes for reading clauses without a parser: what ends a subject phrase (a verb,
 * preposition, relative word or stop), what looks like a finite verb, where a verb phrase starts
 * past an appositive, and which verb is the main one past auxiliaries and adverbs.
 */
final class ClauseWords {

  private static final int MAX_APPOSITIVE = 22;

  private final TokenView words;
  private final SpeechLexicon lexicon;

  ClauseWords(TokenView words, SpeechLexicon lexicon) {
    this.words = words;
    this.lexicon = lexicon;
  }

  /** The token where the clause's verb phrase starts, past a subject ending at {@code k}. */
  int stopAfter(int k, int to) {
    int t = k;
    while (t < to) {
      if (words.quoted(t)) {
        return t;
      }
      String w = words.word(t);
      if (w.equals("(")) {
        int close = find(t, to, ")", 12);
        if (close < 0) {
          return t;
        }
        t = close + 1;
        continue;
      }
      if (w.equals(",")) {
        int comma = nextComma(t + 1, to, MAX_APPOSITIVE);
        if (comma > 0 && comma + 1 < to && (verbish(comma + 1) || adverb(comma + 1))) {
          t = comma + 1;
          continue;
        }
        return t;
      }
      if (blocker(t)) {
        return t;
      }
      t++;
    }
    return t;
  }

  /** The main verb of a verb phrase starting at {@code t}, past auxiliaries and adverbs. */
  int mainVerb(int t, int to) {
    int v = t;
    while (v < to && !words.quoted(v) && adverb(v)) {
      v++;
    }
    return v;
  }

  /** Whether the token ends a subject phrase: a verb, preposition, relative word or stop. */
  boolean blocker(int j) {
    if (words.quoted(j) || ends(j)) {
      return true;
    }
    if (!words.lowerCase(j)) {
      return false;
    }
    String w = words.lower(j);
    return Grammar.PREPOSITIONS.contains(w) || Grammar.RELATIVES.contains(w) || Grammar.AUXILIARIES.contains(w)
        || verbish(j);
  }

  /** Whether the token looks like a finite verb. */
  boolean verbish(int j) {
    if (j >= words.size() || !words.lowerCase(j)) {
      return false;
    }
    String w = words.lower(j);
    return lexicon.cueAt(words, j).isPresent() || Grammar.IRREGULAR_VERBS.contains(w)
        || (w.endsWith("ed") && w.length() > 4 && !Grammar.NOT_VERBS.contains(w));
  }

  boolean adverb(int j) {
    String w = words.lower(j);
    return words.lowerCase(j) && (Grammar.ADVERBS.contains(w) || (w.endsWith("ly") && w.length() > 4));
  }

  /** Whether the token stops a clause: a sentence mark, colon, semicolon or quoted word. */
  boolean ends(int j) {
    String w = words.word(j);
    return words.quoted(j) || w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":");
  }

  /** The first comma within {@code limit} tokens from {@code from}, before any stop; -1 if none. */
  int nextComma(int from, int to, int limit) {
    for (int t = from; t < to && t - from < limit; t++) {
      if (words.quoted(t) || ends(t)) {
        return -1;
      }
      if (words.word(t).equals(",")) {
        return t;
      }
    }
    return -1;
  }

  private int find(int from, int to, String word, int limit) {
    for (int t = from; t < to && t - from < limit; t++) {
      if (words.word(t).equals(word)) {
        return t;
      }
    }
    return -1;
  }
}

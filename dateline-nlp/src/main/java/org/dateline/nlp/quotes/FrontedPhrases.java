package org.dateline.nlp.quotes;

import org.dateline.model.ActorType;

/**
 * Skips what may stand before a clause's subject: a label or credit ending in a colon
 * ("MEHR:"), connectives ("But"), and fronted phrases closed by a comma ("Speaking to Haniyeh,",
 * "On Monday,", "Back home,") so that a name inside them is not taken for the subject.
 */
final class FrontedPhrases {

  private static final int MAX_FRONTED = 25;
  private static final int MAX_SHORT_FRONTED = 8;

  private final TokenView words;
  private final ClauseWords clause;

  FrontedPhrases(TokenView words, ClauseWords clause) {
    this.words = words;
    this.clause = clause;
  }

  /**
   * Skips what may stand before a clause's subject: a label or credit ending in a colon
   * ("MEHR:"), connectives, and comma-closed fronted phrases ("Speaking to Y,", "On Monday,").
   */
  int skip(int from, int to) {
    int i = skipLabel(from, to);
    for (int round = 0; round < 4 && i < to; round++) {
      while (i < to && words.punctuation(i)) {
        i++;
      }
      if (i >= to || words.quoted(i) || words.mentionAt(i).isPresent()) {
        break;
      }
      String w = words.lower(i);
      if (Grammar.CONJUNCTIONS.contains(w)) {
        i++;
        continue;
      }
      boolean fronted = Grammar.PREPOSITIONS.contains(w) || w.equals("of") || Grammar.OPENERS.contains(w)
          || w.endsWith("ing") || w.endsWith("ly") || (w.endsWith("ed") && !Grammar.NOT_VERBS.contains(w));
      int comma = frontedComma(i, to, fronted ? MAX_FRONTED : MAX_SHORT_FRONTED);
      if (w.equals("according") || comma < 0 || !(fronted || subjectFollows(i, comma, to))) {
        break;
      }
      i = comma + 1;
    }
    return i;
  }

  /**
   * Whether a phrase without a person or verb ends in a comma right before a person or pronoun
   * ("Back on NBC, Trump said").
   */
  private boolean subjectFollows(int from, int comma, int to) {
    for (int t = from; t < comma; t++) {
      if (words.mentionAt(t).map(m -> m.type() == ActorType.PERSON).orElse(false) || clause.verbish(t)) {
        return false;
      }
    }
    int next = comma + 1;
    if (next < to && Grammar.SUBJECT_PRONOUNS.contains(words.lower(next))) {
      return true;
    }
    for (int t = next; t < to && t - next <= 4 && (words.nameLike(t) || words.punctuation(t)); t++) {
      if (words.mentionAt(t).map(m -> m.type() == ActorType.PERSON).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private int skipLabel(int from, int to) {
    for (int t = from; t < to && t - from <= 3; t++) {
      if (words.word(t).equals(":")) {
        return t > from ? t + 1 : from;
      }
      if (!words.nameLike(t) || words.quoted(t)) {
        return from;
      }
    }
    return from;
  }

  /**
   * The comma closing a fronted phrase that starts at {@code from}: the phrase may hold a quoted
   * title ("In laying out what he calls the “Doctrine,” X said") but no finite verb.
   */
  private int frontedComma(int from, int to, int limit) {
    for (int t = from; t < to && t - from < limit; t++) {
      String w = words.word(t);
      if (w.equals(",")) {
        return t;
      }
      if (!words.quoted(t) && (clause.ends(t) || (t > from && clause.verbish(t)))) {
        return -1;
      }
    }
    return -1;
  }
}

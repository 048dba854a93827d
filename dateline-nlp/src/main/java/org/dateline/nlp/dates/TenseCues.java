package org.dateline.nlp.dates;

import java.util.Optional;

/**
 * Guesses from the words around an expression whether it lies ahead of the publication date or
 * behind it, with no part-of-speech tagger: the nearest cue word of {@code tense-cues.txt} in the
 * sentence wins, looking back from the expression first, then ahead ("will meet on Friday",
 * "Friday, officials said"). A lowercase word ending in -ed counts as a past cue. "by", "until"
 * and "since" count only right before the expression.
 */
final class TenseCues {

  /** What the words around an expression say about its time. */
  enum Cue {
    FUTURE,
    PAST,
    /** Right after "since": strictly before the publication day. */
    SINCE
  }

  private static final int REACH_BACK = 12;
  private static final int REACH_AHEAD = 40;

  private final PhraseTable cues;

  TenseCues(Lexicon lexicon) {
    this.cues = lexicon.tenseCues;
  }

  /** The cue for the expression on tokens {@code [start, end)}, if any. */
  Optional<Cue> around(Tokens t, int start, int end) {
    Optional<PhraseTable.Hit> before = cues.endingAt(t, start, 4).filter(hit -> t.sameSentence(hit.end() - 1, start));
    if (before.isPresent() && before.get().key().equals("FUTURE_BEFORE")) {
      return Optional.of(opensPastPerfect(t, phraseStart(t, start), end) ? Cue.PAST : Cue.FUTURE);
    }
    if (before.isPresent() && before.get().key().equals("SINCE_BEFORE")) {
      return Optional.of(Cue.SINCE);
    }
    int first = t.sentenceStart(start);
    for (int j = start - 1; j >= Math.max(first, start - REACH_BACK) && !isBarrier(t, j) && !isKey(t, j, "CLAUSE"); j--) {
      Optional<Cue> cue = cueAt(t, j, start);
      if (cue.isPresent()) {
        return cue;
      }
    }
    int last = t.sentenceEnd(Math.max(start, end - 1));
    for (int j = end; j < Math.min(last, end + REACH_AHEAD) && !isBarrier(t, j) && !isKey(t, j, "CLAUSE"); j++) {
      Optional<Cue> cue = cueAt(t, j, last);
      if (cue.isPresent()) {
        return cue;
      }
    }
    return Optional.empty();
  }

  /** The direction a cue gives, or {@code otherwise} when there is none. */
  static Direction direction(Optional<Cue> cue, Direction otherwise) {
    if (cue.isEmpty()) {
      return otherwise;
    }
    switch (cue.get()) {
      case FUTURE:
        return Direction.FUTURE;
      case SINCE:
        return Direction.BEFORE;
      default:
        return Direction.PAST;
    }
  }

  private Optional<Cue> cueAt(Tokens t, int j, int limit) {
    Optional<PhraseTable.Hit> hit = cues.longestAt(t, j).filter(h -> h.end() <= limit);
    if (hit.isPresent()) {
      switch (hit.get().key()) {
        case "FUTURE":
          return Optional.of(Cue.FUTURE);
        case "PAST":
          return isPassive(t, j) ? Optional.empty() : Optional.of(Cue.PAST);
        case "PERFECT":
          return Optional.of(Cue.PAST);
        case "NOT_PAST":
          return Optional.empty();
        default:
          break;
      }
    }
    return isPastParticiple(t, j) && !isPassive(t, j) ? Optional.of(Cue.PAST) : Optional.empty();
  }

  /**
   * Whether the preposition at {@code first} opens its sentence (a quote mark aside) and the
   * clause after the expression ending at {@code end} has "had" before its first verb cue:
   * "By Friday, the rebels had taken the town".
   */
  private boolean opensPastPerfect(Tokens t, int first, int end) {
    int opener = first;
    while (opener > t.sentenceStart(first) && isQuote(t, opener - 1)) {
      opener--;
    }
    if (opener != t.sentenceStart(first)) {
      return false;
    }
    int last = t.sentenceEnd(Math.max(first, end - 1));
    for (int j = end; j < Math.min(last, end + REACH_BACK) && !isBarrier(t, j) && !isKey(t, j, "CLAUSE"); j++) {
      Optional<PhraseTable.Hit> hit = cues.longestAt(t, j).filter(h -> !h.key().equals("NOT_PAST"));
      if (hit.isPresent() && !hit.get().key().equals("FUTURE_BEFORE") && !hit.get().key().equals("SINCE_BEFORE")) {
        return hit.get().key().equals("PERFECT");
      }
    }
    return false;
  }

  /** The first token of the cue phrase that ends right before token {@code end}. */
  private int phraseStart(Tokens t, int end) {
    for (int p = Math.max(0, end - 4); p < end; p++) {
      if (cues.longestAt(t, p).filter(h -> h.end() == end).isPresent()) {
        return p;
      }
    }
    return end - 1;
  }

  private static boolean isQuote(Tokens t, int j) {
    return t.is(j, "\"") || t.is(j, "`") || t.is(j, "'");
  }

  /** "be held", "is heard", "being considered": a participle that says nothing of the past. */
  private boolean isPassive(Tokens t, int j) {
    return isKey(t, j - 1, "PASSIVE") || (t.lower(j - 1).endsWith("ly") || t.is(j - 1, "still") || t.is(j - 1, "also") || t.is(j - 1, "not")) && isKey(t, j - 2, "PASSIVE");
  }

  private boolean isKey(Tokens t, int j, String key) {
    return j >= 0 && cues.longestAt(t, j).filter(h -> h.end() == j + 1 && h.key().equals(key)).isPresent();
  }

  private static boolean isPastParticiple(Tokens t, int j) {
    String word = t.lower(j);
    return t.isWord(j) && !t.isCapitalized(j) && word.length() >= 5 && word.endsWith("ed") && !word.endsWith("eed");
  }

  private static boolean isBarrier(Tokens t, int j) {
    String s = t.lower(j);
    return s.equals(";") || s.equals("\"") || s.equals("`") || (s.equals("'") && (t.is(j + 1, "'") || t.is(j - 1, "'")));
  }
}

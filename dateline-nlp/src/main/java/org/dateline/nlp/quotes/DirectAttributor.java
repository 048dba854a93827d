package org.dateline.nlp.quotes;

import java.util.Optional;

/**
 * Finds the speaker of one quotation and whether a speech cue surrounds it, weighing the
 * evidence in the order the package documentation gives: an adjacent speech verb, the sentence's
 * subject, a pronoun, the previous quote's speaker, a description, an organization.
 */
final class DirectAttributor {

  /** The outcome for one quotation. */
  record Attribution(Optional<Speaker> speaker, boolean cued) {}

  private final TokenView words;
  private final SubjectReader reader;
  private final Discourse discourse;
  private final CueReader cues;
  private Optional<Speaker> lastSpeaker = Optional.empty();
  private int lastLine = -2;

  DirectAttributor(TokenView words, SubjectReader reader, Discourse discourse, SpeechLexicon lexicon) {
    this.words = words;
    this.reader = reader;
    this.discourse = discourse;
    this.cues = new CueReader(words, reader, lexicon);
  }

  /**
   * Attributes a quotation opening in {@code open} and closing in {@code close}. {@code previous}
   * is the stretch before {@code open} (a headline's "Name:" line), {@code following} the one
   * after {@code close} (where "he wrote" lands when the quote ends in "!").
   */
  Attribution attribute(
      Quotation quotation, Stretch open, Stretch close, Optional<Stretch> previous, Optional<Stretch> following) {
    int first = words.firstAtOrAfter(quotation.outer().start());
    int last = words.firstAtOrAfter(quotation.outer().end()) - 1;
    int afterEnd = nextQuoted(last + 1, close.end());
    int beforeStart = previousQuoted(first - 1, open.first()) + 1;

    Optional<Subject> afterSubject = cues.after(last + 1, afterEnd);
    if (afterSubject.isEmpty() && afterEnd == close.end() && following.isPresent()
        && following.get().line() == close.line() && words.lowerCase(following.get().first())) {
      afterSubject = cues.after(following.get().first(), following.get().end());
    }
    Optional<Speaker> after = afterSubject.flatMap(s -> discourse.resolve(s, close.first()));
    boolean sourced = afterSubject.isPresent() && cues.sourceAfter(last + 1, afterEnd);
    Optional<Speaker> colon = cues.colon(beforeStart, first, open, previous).flatMap(s -> discourse.resolve(s, -1));
    Optional<Speaker> byVerb = cues.verb(beforeStart, first).flatMap(s -> discourse.resolve(s, open.first()));
    Optional<Speaker> bySubject =
        sentenceSubject(open, beforeStart, first).flatMap(s -> discourse.resolve(s, open.first()));
    boolean cued = after.isPresent() || colon.isPresent() || cues.clause(open.first(), first);

    Optional<Speaker> speaker = sourced && bySubject.map(Speaker::person).orElse(false)
        ? bySubject
        : choose(after, colon.or(() -> byVerb), bySubject);
    if (speaker.isEmpty() && standsAlone(first, last + 1, afterEnd) && lastSpeaker.isPresent()
        && words.line(first) - lastLine <= 1) {
      speaker = lastSpeaker;
      cued = true;
    }
    speaker.ifPresent(s -> {
      lastSpeaker = Optional.of(s);
      lastLine = words.line(last);
    });
    return new Attribution(speaker, cued);
  }

  /**
   * The subject of the sentence holding the quote. After an earlier quote in the same sentence
   * the sentence's subject still speaks only if the clause goes on in lower case ("… “…” and
   * condemned …"), not when a new sentence starts that the splitter missed ("His answer: “…”").
   */
  private Optional<Subject> sentenceSubject(Stretch open, int beforeStart, int first) {
    boolean continues =
        beforeStart == open.first() || beforeStart >= first || !words.nameLike(firstWord(beforeStart, first));
    Optional<Subject> subject = continues ? reader.subjectOf(open.first(), first) : Optional.empty();
    if (subject.isEmpty() && beforeStart > open.first()) {
      subject = reader.subjectOf(beforeStart, first);
    }
    return subject.or(() -> reader.agentIn(beforeStart, first));
  }

  private int nextQuoted(int from, int end) {
    for (int t = from; t < end; t++) {
      if (words.quoted(t)) {
        return t;
      }
    }
    return end;
  }

  private int previousQuoted(int from, int first) {
    for (int t = from; t >= first; t--) {
      if (words.quoted(t)) {
        return t;
      }
    }
    return first - 1;
  }

  private int firstWord(int from, int to) {
    int t = from;
    while (t < to - 1 && words.punctuation(t)) {
      t++;
    }
    return t;
  }

  private static Optional<Speaker> choose(
      Optional<Speaker> after, Optional<Speaker> colon, Optional<Speaker> bySubject) {
    if (after.isPresent() && after.get().person()) {
      return after;
    }
    if (colon.isPresent()) {
      return colon;
    }
    if (bySubject.isPresent() && bySubject.get().person()) {
      return bySubject;
    }
    return after.isPresent() ? after : bySubject;
  }

  /**
   * Whether the quote is a sentence of its own: it opens a line or follows a sentence end or
   * another quote, and nothing but punctuation follows it before the next quote.
   */
  private boolean standsAlone(int first, int afterStart, int afterEnd) {
    if (first > 0 && words.line(first - 1) == words.line(first)) {
      String before = words.word(first - 1);
      boolean boundary = words.quoted(first - 1) || before.equals(".") || before.equals("!") || before.equals("?")
          || before.equals(":") || before.endsWith(".");
      if (!boundary) {
        return false;
      }
    }
    for (int t = afterStart; t < afterEnd; t++) {
      if (!words.punctuation(t)) {
        return false;
      }
    }
    return true;
  }
}

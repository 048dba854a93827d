package org.dateline.nlp.quotes;

import java.util.Optional;
import org.dateline.model.Mention;

/**
 * Reads the speech cues around a quotation: a speech verb right after it with its speaker ("…,”
 * he said"), a colon after a name ("Torres: ‘…’"), a speech verb right before it with the name
 * before that verb ("X, who said “…”"), and whether the quote lies in a clause a speech verb
 * introduces, which keeps a short quote from being taken for a scare quote.
 */
final class CueReader {

  /** How far after a naming verb ("called X a …") a quote still gives the name, in tokens. */
  private static final int NAMING_REACH = 10;

  private final TokenView words;
  private final SubjectReader reader;
  private final SpeechLexicon lexicon;

  CueReader(TokenView words, SubjectReader reader, SpeechLexicon lexicon) {
    this.words = words;
    this.reader = reader;
    this.lexicon = lexicon;
  }

  /** "…,” he said", "…,” said the minister", "…,” according to X". */
  Optional<Subject> after(int from, int to) {
    int i = from;
    while (i < to && words.punctuation(i) && !words.word(i).equals(".") && !words.word(i).equals(":")) {
      i++;
    }
    if (i >= to || words.punctuation(i)) {
      return Optional.empty();
    }
    Optional<SpeechLexicon.Cue> cue = lexicon.cueAt(words, i);
    if (cue.isPresent()) {
      return reader.phraseAt(i + cue.get().length(), to);
    }
    return reader.phraseAt(i, to).filter(s -> speechVerbAt(reader.mainVerb(s.stop(), to)));
  }

  /**
   * "Name: “…”" on the same line; a short "Name:" line right before (a headline); or a line
   * ending in a colon ("…, tweeting:") right before a quote that opens its own line.
   */
  Optional<Subject> colon(int beforeStart, int first, Stretch open, Optional<Stretch> previous) {
    if (first - 1 >= beforeStart && words.word(first - 1).equals(":")) {
      return namedBefore(beforeStart, first - 1);
    }
    if (previous.isPresent() && previous.get().line() == open.line() - 1) {
      Stretch line = previous.get();
      int colon = line.end() - 1;
      if (words.word(colon).equals(":") && colon - line.first() <= 5) {
        return namedBefore(line.first(), colon);
      }
      if (words.word(colon).equals(":") && first == open.first()) {
        return reader.subjectOf(line.first(), colon).or(() -> reader.agentIn(line.first(), colon));
      }
    }
    return Optional.empty();
  }

  private Optional<Subject> namedBefore(int from, int colon) {
    return reader.phraseAt(from, colon).filter(s -> s.end() == colon && s.kind() != Subject.Kind.DESCRIPTION);
  }

  /**
   * The speaker named right before the speech verb nearest before the quote: "X said: “…”",
   * "… after X told reporters “…”", "X, who said “…”".
   */
  Optional<Subject> verb(int from, int first) {
    for (int v = first - 1; v > from; v--) {
      Optional<SpeechLexicon.Cue> cue = words.quoted(v) ? Optional.empty() : lexicon.cueAt(words, v);
      if (cue.isEmpty() || cue.get().source() || !clause(v, first)) {
        continue;
      }
      int t = v - 1;
      while (t > from && words.lowerCase(t)
          && (Grammar.ADVERBS.contains(words.lower(t)) || words.lower(t).endsWith("ly"))) {
        t--;
      }
      if (words.lower(t).equals("who") && t - 2 >= from && words.word(t - 1).equals(",")) {
        t -= 2;
      }
      if (Grammar.SUBJECT_PRONOUNS.contains(words.lower(t))) {
        return reader.phraseAt(t, first);
      }
      Optional<Mention> mention = words.mentionAt(t);
      if (mention.isPresent()) {
        int start = Math.max(from, words.firstAtOrAfter(mention.get().span().start()));
        return reader.phraseAt(start, first).filter(s -> s.mention().equals(mention));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Whether the quote sits in a clause a speech verb introduces: after "that" ("stressed that X
   * “…”"), after a verb that takes a bare clause ("said the plan was “…”"), or right after the
   * verb ("called it “…”"). A verb of telling right before the quote names the addressee
   * ("told “Today”"), not the words.
   */
  boolean clause(int from, int first) {
    for (int v = first - 1; v >= from; v--) {
      Optional<SpeechLexicon.Cue> cue = words.quoted(v) ? Optional.empty() : lexicon.cueAt(words, v);
      if (cue.isEmpty() || cue.get().source()) {
        continue;
      }
      int next = v + cue.get().length();
      if (next == first) {
        return !cue.get().object();
      }
      String after = words.word(next);
      if (after.equals(",") || after.equals(":") || after.equals("that")
          || (cue.get().naming() && first - next <= NAMING_REACH)) {
        return true;
      }
      boolean plain = first - next <= 3;
      for (int t = next; t < first; t++) {
        plain &= !words.nameLike(t) && !words.possessive(t);
        if (words.lower(t).equals("that")) {
          return true;
        }
      }
      return plain || (cue.get().bare() && !cue.get().object() && !Grammar.PREPOSITIONS.contains(words.lower(next)));
    }
    return false;
  }

  /** Whether "according to" (a source, weaker than a subject) follows the quote. */
  boolean sourceAfter(int from, int to) {
    int i = from;
    while (i < to && words.punctuation(i)) {
      i++;
    }
    return i < to && lexicon.cueAt(words, i).map(SpeechLexicon.Cue::source).orElse(false);
  }

  private boolean speechVerbAt(int v) {
    return v < words.size() && lexicon.cueAt(words, v).map(c -> !c.source()).orElse(false);
  }
}

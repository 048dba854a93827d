package org.dateline.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.model.Span;

/**
 * Finds reported speech without quotation marks in one stretch: "X told Y that …", "X said …",
 * "according to X, …", "…, X said", "X, who added that …". The reported clause runs to the end of
 * the stretch or the next quotation mark.
 */
final class ReportedSpeechFinder {

  private static final int MIN_WORDS = 3;
  private static final int MAX_OBJECT = 8;
  /** How many words may follow a closing "X said" ("… in a statement on Sunday"). */
  private static final int TRAILING_REST = 5;

  /** A reported clause and the phrase that names its speaker. */
  record Report(Span clause, Subject speaker) {}

  private final TokenView words;
  private final SubjectReader reader;
  private final SpeechLexicon lexicon;

  ReportedSpeechFinder(TokenView words, SubjectReader reader, SpeechLexicon lexicon) {
    this.words = words;
    this.reader = reader;
    this.lexicon = lexicon;
  }

  /** The reports in {@code stretch} whose clause is not wholly quoted. */
  List<Report> find(Stretch stretch, Optional<Subject> subject) {
    List<Report> reports = new ArrayList<>();
    subject.ifPresent(s -> afterVerb(reader.mainVerb(s.stop(), stretch.end()), stretch.end())
        .ifPresent(clause -> reports.add(new Report(clause, s))));
    for (int t = stretch.first(); t < stretch.end(); t++) {
      if (words.quoted(t)) {
        continue;
      }
      Optional<SpeechLexicon.Cue> cue = lexicon.cueAt(words, t);
      if (cue.isPresent() && cue.get().source()) {
        according(stretch, t, cue.get().length()).ifPresent(reports::add);
      } else if (words.lower(t).equals("who") && t >= stretch.first() + 2 && words.word(t - 1).equals(",")) {
        relative(stretch, t).ifPresent(reports::add);
      }
    }
    trailing(stretch).ifPresent(reports::add);
    return reports;
  }

  /** The clause after a speech verb at {@code v}: after "that", or right after a bare verb. */
  private Optional<Span> afterVerb(int v, int to) {
    Optional<SpeechLexicon.Cue> cue = v < to ? lexicon.cueAt(words, v) : Optional.empty();
    if (cue.isEmpty() || cue.get().source()) {
      return Optional.empty();
    }
    int next = v + cue.get().length();
    int limit = cue.get().object() ? Math.min(to, next + MAX_OBJECT) : Math.min(to, next + 1);
    for (int t = next; t < limit; t++) {
      if (words.quoted(t) || words.punctuation(t) || words.lower(t).equals("to")) {
        break;
      }
      if (words.lower(t).equals("that")) {
        return clause(t + 1, to);
      }
    }
    if (cue.get().bare() && next < to && !words.quoted(next) && !words.punctuation(next)
        && !Grammar.PREPOSITIONS.contains(words.lower(next)) && !cue.get().object()) {
      return clause(next, to);
    }
    return Optional.empty();
  }

  /** "According to X, …" or "…, according to X". */
  private Optional<Report> according(Stretch stretch, int t, int length) {
    Optional<Subject> source = reader.phraseAt(t + length, stretch.end());
    if (source.isEmpty()) {
      return Optional.empty();
    }
    int comma = t + length;
    while (comma < stretch.end() && !words.word(comma).equals(",") && !words.quoted(comma)) {
      comma++;
    }
    int start = reader.skipFronted(stretch.first(), stretch.end());
    Optional<Span> clause = start >= t
        ? clause(comma + 1, stretch.end())
        : clause(start, t > stretch.first() && words.word(t - 1).equals(",") ? t - 1 : t);
    return clause.map(c -> new Report(c, source.get()));
  }

  /** "X, who added that …". */
  private Optional<Report> relative(Stretch stretch, int who) {
    int v = reader.mainVerb(who + 1, stretch.end());
    Optional<Span> clause = afterVerb(v, stretch.end());
    if (clause.isEmpty()) {
      return Optional.empty();
    }
    return words.mentionAt(who - 2)
        .filter(m -> m.type() == ActorType.PERSON)
        .flatMap(m -> reader.phraseAt(Math.max(words.firstAtOrAfter(m.span().start()), stretch.first()), who))
        .map(s -> new Report(clause.get(), s));
  }

  /** "…, X said." or "…, said X." closing a sentence. */
  private Optional<Report> trailing(Stretch stretch) {
    int last = stretch.end();
    while (last > stretch.first() && words.punctuation(last - 1) && !words.quoted(last - 1)) {
      last--;
    }
    int end = last;
    int comma = -1;
    for (int t = end - 1; t > stretch.first() && end - t <= 12; t--) {
      if (words.quoted(t)) {
        return Optional.empty();
      }
      if (words.word(t).equals(",")) {
        comma = t;
        break;
      }
    }
    if (comma < 0) {
      return Optional.empty();
    }
    int at = comma;
    Optional<SpeechLexicon.Cue> cue = lexicon.cueAt(words, at + 1);
    Optional<Subject> speaker;
    if (cue.isPresent() && !cue.get().source()) {
      speaker = reader.phraseAt(at + 1 + cue.get().length(), end)
          .filter(s -> s.kind() != Subject.Kind.PRONOUN && end - s.end() <= TRAILING_REST);
    } else {
      speaker = reader.phraseAt(at + 1, end).filter(s -> {
        int v = reader.mainVerb(s.stop(), end);
        return speechVerbAt(v) && end - (v + 1) <= TRAILING_REST;
      });
    }
    return speaker.flatMap(s -> clause(reader.skipFronted(stretch.first(), at), at).map(c -> new Report(c, s)));
  }

  private boolean speechVerbAt(int v) {
    return v < words.size() && lexicon.cueAt(words, v).map(c -> !c.source()).orElse(false);
  }

  /** The clause from {@code start}, cut at the first quotation mark, trimmed of punctuation. */
  private Optional<Span> clause(int start, int to) {
    int end = start;
    while (end < to && !words.quoted(end)) {
      end++;
    }
    while (end > start && words.punctuation(end - 1)) {
      end--;
    }
    int count = 0;
    for (int t = start; t < end; t++) {
      if (!words.punctuation(t)) {
        count++;
      }
    }
    if (count < MIN_WORDS) {
      return Optional.empty();
    }
    return Optional.of(new Span(words.start(start), words.end(end - 1)));
  }
}

package org.dateline.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.ActorType;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.Participant;
import org.dateline.model.Quote;
import org.dateline.model.Span;
import org.dateline.nlp.references.Ref;
import org.dateline.nlp.references.Words;

/**
 * One pass over one article's pattern matches: turns each into events with source, target,
 * mood, date and place, keeping track of the person in focus for "he" and "she".
 */
final class ArticleReading {

  /** How sure the coder is of an event read directly; indirect readings of its actors lower it. */
  private static final double BASE_CONFIDENCE = 0.9;

  private static final Set<String> ADVERBS = Set.of("also", "later", "then", "further", "again", "subsequently");
  private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "03", "13");

  private final Words words;
  private final ClauseReader clauses;
  private final Modality modality;
  private final EventDates dates;
  private final EventPlaces places;
  private final Sides sides;
  private final Map<String, String> intentCodes;
  private final Set<String> speechVerbs;
  private Optional<Participant> focus = Optional.empty();

  ArticleReading(Words words, ClauseReader clauses, Modality modality, EventDates dates,
      EventPlaces places, Sides sides, Map<String, String> intentCodes, Set<String> speechVerbs) {
    this.speechVerbs = speechVerbs;
    this.words = words;
    this.clauses = clauses;
    this.modality = modality;
    this.dates = dates;
    this.places = places;
    this.sides = sides;
    this.intentCodes = intentCodes;
  }

  ClauseReader clauses() {
    return clauses;
  }

  /** The events one match reports: one per source and target when several are coordinated. */
  List<Event> events(PatternMatch match) {
    EventPattern pattern = match.pattern();
    int s = words.sentenceOf(match.first());
    int sentenceFirst = words.sentenceFirst(s);
    int limit = words.sentenceEnd(s);
    int clauseStart = clauses.clauseStart(match.first(), sentenceFirst);
    double confidence = BASE_CONFIDENCE;

    Optional<ClauseReader.Subject> subject = Optional.empty();
    Optional<Participant> source = match.source().map(Ref::participant);
    List<Ref> sourceRefs = new ArrayList<>(match.source().stream().toList());
    if (source.isEmpty() || pattern.subjectTarget().isPresent()) {
      subject = subjectOf(match, clauseStart, sentenceFirst).map(this::described);
    }
    boolean background = subject.map(ClauseReader.Subject::relative).orElse(false)
        && pastBetween(clauseStart, match.verb());
    int moodFrom = subject.filter(x -> x.end() <= match.verb()).map(ClauseReader.Subject::end).orElse(clauseStart);
    background |= backgroundBetween(moodFrom, match.verb());

    List<Ref> targets = new ArrayList<>();
    if (pattern.subjectTarget().isPresent()) {
      if (subject.isEmpty()) {
        return List.of();
      }
      Ref t = subject.get().ref();
      Optional<ActorType> type = pattern.subjectTarget().get().type();
      if (type.isPresent() && t.type() != type.get()) {
        return List.of();
      }
      targets.add(t);
      if (source.isEmpty()) {
        Optional<Ref> agent = agentAfterBy(match.end(), limit);
        if (agent.isEmpty()) {
          return List.of();
        }
        source = agent.map(Ref::participant);
        sourceRefs.add(agent.get());
      }
    } else {
      if (source.isEmpty()) {
        if (subject.isPresent()) {
          sourceRefs.add(subject.get().ref());
          sourceRefs.addAll(clauses.coordinated(subject.get().ref(), match.first()));
          source = Optional.of(subject.get().ref().participant());
        } else {
          source = pronounAt(clauseStart, match.first());
          confidence -= 0.2;
        }
      }
      match.target().ifPresent(t -> {
        targets.add(t);
        targets.addAll(clauses.coordinated(t, limit));
      });
    }
    Optional<Participant> speakerOf = speakerOf(match.first(), clauseStart, sentenceFirst);
    if (source.isEmpty() && speakerOf.isEmpty()) {
      return List.of();
    }

    Modality.Mood mood = modality.of(words, moodFrom, match.verb(), sentenceFirst);
    boolean conditional = clauseStart > sentenceFirst && Grammar.CONDITIONALS.contains(words.lower(clauseStart - 1));
    if (conditional || mood == Modality.Mood.NEGATED || mood == Modality.Mood.HYPOTHETICAL
        || mood == Modality.Mood.HABITUAL) {
      return List.of();
    }
    String code = pattern.code();
    EventMode mode = background ? EventMode.BACKGROUND : EventMode.ASSERTED;
    if (mood == Modality.Mood.INTENDED || mood == Modality.Mood.THREATENED) {
      code = intended(code);
      mode = EventMode.INTENDED;
    }

    Optional<String> reportedBy = Optional.empty();
    List<Participant> sources = new ArrayList<>();
    if (speakerOf.isPresent()) {
      String speaker = speakerOf.get().actorId();
      boolean ownSide = subject.isPresent() ? sides.sameSide(speaker, source.get().actorId())
          : speakersVoice(Math.max(clauseStart, quoteStart(match.first())), match.first());
      if (!ownSide && subject.isEmpty()) {
        return List.of(); // someone the text does not name acts: "the Republicans wanted to ..."
      }
      if (ownSide) {
        sources.add(speakerOf.get());
      } else {
        sources.add(source.get());
        reportedBy = Optional.of(speaker);
        mode = EventMode.REPORTED;
        confidence -= 0.3;
      }
    } else if (sourceRefs.isEmpty()) {
      sources.add(source.get());
    } else {
      sourceRefs.forEach(r -> sources.add(r.participant()));
    }

    Optional<String> date = dates.of(match.first(), match.end(), clauseStart, background);
    int placeFrom = targets.isEmpty() ? match.end() : Math.max(match.end(), targets.get(targets.size() - 1).end());
    Optional<String> location = places.after(placeFrom).map(Ref::actorId);
    Span sentence = words.sentenceSpan(s);

    List<Event> events = new ArrayList<>();
    List<Optional<Ref>> targetOptions = new ArrayList<>();
    if (targets.isEmpty()) {
      if (pattern.hasTarget()) {
        return List.of();
      }
      targetOptions.add(Optional.empty());
    } else {
      targets.forEach(t -> targetOptions.add(Optional.of(t)));
    }
    for (Participant from : sources) {
      for (Optional<Ref> to : targetOptions) {
        if (to.isPresent() && to.get().actorId().equals(from.actorId())) {
          continue;
        }
        int start = words.start(match.first());
        int end = words.end(match.end() - 1);
        if (sentence.contains(from.span())) {
          start = Math.min(start, from.span().start());
          end = Math.max(end, from.span().end());
        }
        if (to.isPresent()) {
          start = Math.min(start, to.get().span().start());
          end = Math.max(end, to.get().span().end());
        }
        events.add(new Event("", code, from, to.map(Ref::participant), date, location, new Span(start, end),
            sentence, Math.max(0.1, confidence), mode, reportedBy));
      }
    }
    return events;
  }

  /**
   * Who reports the clause an event stands in, if it is speech: the speaker of the quote or
   * reported speech around it, the subject of "X said that ...", or X in "According to X, ...".
   */
  private Optional<Participant> speakerOf(int first, int clauseStart, int sentenceFirst) {
    Optional<Quote> quote = words.quoteAt(first);
    if (quote.isPresent() && quote.get().speakerId().isPresent()) {
      return Optional.of(speakerParticipant(quote.get(), quote.get().speakerId().get()));
    }
    if (clauseStart > sentenceFirst && words.lower(clauseStart - 1).equals("that")) {
      for (int v = clauseStart - 2; v >= sentenceFirst && v >= clauseStart - 6; v--) {
        if (speechVerbs.contains(words.lower(v))) {
          int start = clauses.clauseStart(v, sentenceFirst);
          Optional<Participant> said = clauses.subject(afterFronted(start, v), v)
              .map(this::described).map(x -> x.ref().participant());
          return said.isPresent() ? said : pronounAt(start, v);
        }
      }
    }
    int t = sentenceFirst;
    if (words.refAt(t).isPresent() && t + 1 < words.size() && words.lower(words.refAt(t).get().end()).equals("-")) {
      t = words.refAt(t).get().end() + 1; // past a dateline
    }
    if (t + 1 < words.size() && words.lower(t).equals("according") && words.lower(t + 1).equals("to")) {
      int comma = afterFronted(t, words.sentenceEnd(words.sentenceOf(t)));
      if (first >= comma) {
        int head = t + 2;
        while (head < comma && Grammar.DETERMINERS.contains(words.lower(head))) {
          head++;
        }
        boolean role = clauses.roleNoun(head); // "According to the commander of the Quds Force, ..."
        Ref source = null;
        for (Ref ref : words.refsIn(t + 2, comma)) {
          if (!words.possessive(ref.end()) && !(ref.first() > 0 && words.lower(ref.first() - 1).equals("("))) {
            source = ref;
          }
        }
        if (source != null) {
          ClauseReader.Subject subject = new ClauseReader.Subject(source, false, source.end());
          return Optional.of((role ? describedPerson(subject) : described(subject)).ref().participant());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * An organization standing for the person who holds a role in it ("the IRGC commander",
   * "the commander of the Quds Force"): the one person of the article who belongs to it
   * directly, if there is exactly one.
   */
  private ClauseReader.Subject described(ClauseReader.Subject subject) {
    Ref ref = subject.ref();
    if (ref.type() == ActorType.PERSON || !clauses.roleAround(ref)) {
      return subject;
    }
    return describedPerson(subject);
  }

  private ClauseReader.Subject describedPerson(ClauseReader.Subject subject) {
    Ref ref = subject.ref();
    if (ref.type() == ActorType.PERSON) {
      return subject;
    }
    Ref person = null;
    for (Ref other : words.refsIn(0, words.size())) {
      if (other.type() == ActorType.PERSON && sides.directlyIn(other.actorId(), ref.actorId())) {
        if (person != null && !person.actorId().equals(other.actorId())) {
          return subject;
        }
        if (person == null) {
          person = other;
        }
      }
    }
    return person == null ? subject : new ClauseReader.Subject(
        new Ref(ref.first(), ref.end(), person.actorId(), ActorType.PERSON, ref.span(), ref.text(), ref.kind()),
        subject.relative(), subject.end());
  }

  /**
   * Whether the words before a verb in speech leave the speaker as its subject: a first-person
   * pronoun, or only auxiliaries and adverbs (the quote opens on the verb phrase: Tehran
   * "will continue its support").
   */
  private boolean speakersVoice(int from, int verb) {
    for (int t = from; t < verb; t++) {
      String w = words.lower(t);
      if (Grammar.FIRST_PERSON.contains(w)) {
        return true;
      }
      if (!VOICE_WORDS.contains(w) && !words.punctuation(t)) {
        return false;
      }
    }
    return true;
  }

  private int quoteStart(int t) {
    return words.quoteAt(t).map(q -> words.firstAtOrAfter(q.span().start())).orElse(0);
  }

  private static final Set<String> VOICE_WORDS = Set.of("will", "would", "shall", "'ll", "is", "are", "was",
      "were", "be", "been", "has", "have", "had", "ready", "to", "continue", "continues", "also", "always",
      "and", "it", "its", "fully", "still", "prepared", "determined", "never");

  /** After sentence {@code s}: its subject person, or its last quoted speaker, takes the focus. */
  void attendTo(int s) {
    int first = words.sentenceFirst(s);
    int end = words.sentenceEnd(s);
    clauses.subject(first, end)
        .map(ClauseReader.Subject::ref)
        .filter(r -> r.type() == ActorType.PERSON)
        .ifPresent(r -> focus = Optional.of(r.participant()));
  }

  private Optional<ClauseReader.Subject> subjectOf(PatternMatch match, int clauseStart, int sentenceFirst) {
    int before = match.first() - 1;
    while (before >= sentenceFirst && ADVERBS.contains(words.lower(before))) {
      before--;
    }
    boolean coordinatedVerb = before >= sentenceFirst
        && (words.lower(before).equals("and") || (words.lower(before).equals(",") && words.lower(match.first()).endsWith("ing")))
        && words.refEndingAt(before).isEmpty();
    if (coordinatedVerb) {
      return clauses.subject(afterFronted(sentenceFirst, match.first()), match.first());
    }
    Optional<ClauseReader.Subject> subject = clauses.subject(clauseStart, match.first());
    if (subject.isEmpty() && clauseStart == sentenceFirst && Grammar.PREPOSITIONS.contains(words.lower(sentenceFirst))) {
      // the event is named in a fronted phrase: "During the call with Nakhalah, Salami stressed ..."
      int comma = afterFronted(sentenceFirst, words.sentenceEnd(words.sentenceOf(sentenceFirst)));
      if (comma > match.first()) {
        return clauses.subject(comma, words.sentenceEnd(words.sentenceOf(sentenceFirst)));
      }
    }
    return subject;
  }

  /** Past the fronted phrase a sentence opens with ("On Monday, ..."), if any. */
  private int afterFronted(int sentenceFirst, int limit) {
    if (!Grammar.PREPOSITIONS.contains(words.lower(sentenceFirst))
        && !words.lower(sentenceFirst).equals("additionally")) {
      return sentenceFirst;
    }
    for (int t = sentenceFirst; t < limit; t++) {
      if (words.lower(t).equals(",")) {
        return t + 1;
      }
    }
    return sentenceFirst;
  }

  private Optional<Participant> pronounAt(int from, int to) {
    for (int t = to - 1; t >= from; t--) {
      if (Grammar.PERSON_PRONOUNS.contains(words.lower(t))) {
        return focus;
      }
    }
    return Optional.empty();
  }

  private Optional<Ref> agentAfterBy(int from, int limit) {
    if (from < limit && words.lower(from).equals("by")) {
      return clauses.refRightAt(from + 1, limit);
    }
    return Optional.empty();
  }

  private boolean pastBetween(int from, int to) {
    for (int t = from; t < to; t++) {
      if (Grammar.PAST_AUXILIARIES.contains(words.lower(t))) {
        return true;
      }
    }
    return false;
  }

  private boolean backgroundBetween(int from, int to) {
    for (int t = Math.max(0, from); t < to; t++) {
      if (Grammar.BACKGROUND.contains(words.lower(t))) {
        return true;
      }
    }
    return false;
  }

  private String intended(String code) {
    String root = code.substring(0, 2);
    if (VERBAL_ROOTS.contains(root)) {
      return code;
    }
    return intentCodes.getOrDefault(root, "030");
  }

  /** The speaker as a participant: their nearest mention before the quote, else the quote itself. */
  private Participant speakerParticipant(Quote quote, String speaker) {
    int t = words.firstAtOrAfter(quote.span().start());
    int s = words.sentenceOf(Math.min(t, words.size() - 1));
    Ref best = null;
    for (Ref ref : words.refsIn(words.sentenceFirst(Math.max(0, s - 3)), words.sentenceEnd(s))) {
      if (ref.actorId().equals(speaker) && (best == null || ref.first() < t || best.first() >= t)) {
        best = ref;
      }
    }
    if (best != null) {
      return best.participant();
    }
    return new Participant(speaker, quote.speakerName().orElse(speaker), quote.span());
  }
}

package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.model.Span;
import org.dateline.nlp.actors.Candidate.Origin;
import org.dateline.nlp.text.NerLabel;
import org.dateline.nlp.text.NerSpan;
import org.dateline.nlp.text.ParsedText;

/**
 * Gathers an article's name candidates (rule 1): dictionary matches and tagger spans, titles
 * stripped from the tagger's persons, overlaps settled and joined spans split, plus agency
 * credits. A "person" followed by a place noun ({@code place-nouns.txt}) is a place, title and
 * all ("Sheikh Jarrah neighborhood"). Demonyms outside every name are kept apart.
 */
final class CandidateCollector {

  /** The candidates in text order, and the demonyms standing outside them. */
  record Collected(List<Candidate> candidates, List<DemonymMention> demonyms) {}

  private final DictionaryIndex index;
  private final Lexicon lexicon;
  private final SpanRepair repair;

  CandidateCollector(DictionaryIndex index, Lexicon lexicon) {
    this.index = index;
    this.lexicon = lexicon;
    this.repair = new SpanRepair(lexicon);
  }

  Collected collect(ParsedText parsed) {
    String text = parsed.text();
    List<Candidate> dictionary = new ArrayList<>();
    List<Gazetteer.Match> demonyms = new ArrayList<>();
    for (Gazetteer.Match match : index.gazetteer().find(text, parsed.tokens())) {
      switch (match.kind()) {
        case NAME -> dictionary.add(new Candidate(match.span(), index.entry(match.target()).orElseThrow().type(),
            Optional.of(match.target()), Origin.DICTIONARY));
        case CAPITAL -> dictionary.add(new Candidate(match.span(), ActorType.LOCATION, Optional.of(match.target()), Origin.CAPITAL));
        case DEMONYM -> demonyms.add(match);
      }
    }
    List<Candidate> candidates = new ArrayList<>(dictionary);
    for (NerSpan entity : parsed.entities()) {
      if (demonyms.stream().anyMatch(d -> d.span().equals(entity.span()))) {
        continue;
      }
      for (NerSpan piece : repair.personRuns(text, entity)) {
        tagged(text, piece).ifPresent(tagged -> settle(text, tagged, dictionary, candidates));
      }
    }
    for (Candidate credit : Credits.find(text, lexicon)) {
      if (candidates.stream().noneMatch(c -> c.span().overlaps(credit.span()))) {
        candidates.add(credit);
      }
    }
    candidates.sort(Comparator.comparing(Candidate::span));
    List<DemonymMention> outside = new ArrayList<>();
    for (Gazetteer.Match demonym : demonyms) {
      if (candidates.stream().noneMatch(c -> c.span().overlaps(demonym.span()))) {
        outside.add(new DemonymMention(demonym.span(), demonym.span().slice(text), demonym.target()));
      }
    }
    return new Collected(candidates, outside);
  }

  /** The tagger's span as a candidate, titles stripped from a person's name. */
  private Optional<Candidate> tagged(String text, NerSpan entity) {
    ActorType type = switch (entity.label()) {
      case PERSON -> ActorType.PERSON;
      case ORGANIZATION -> ActorType.ORGANIZATION;
      case LOCATION -> ActorType.LOCATION;
      case MISC -> null;
    };
    if (type == null) {
      return Optional.empty();
    }
    int start = entity.span().start();
    int end = entity.span().end();
    if (entity.label() == NerLabel.PERSON && lexicon.placeNouns.contains(wordAfter(text, end))) {
      int titled = lexicon.titles.before(text, start).map(Titles.Found::start).orElse(start);
      return Optional.of(new Candidate(new Span(titled, end), ActorType.LOCATION, Optional.empty(), Origin.TAGGER));
    }
    while (entity.label() == NerLabel.PERSON) {
      Optional<Titles.Found> title = lexicon.titles.leading(text, start, end);
      if (title.isEmpty()) {
        break;
      }
      start = title.get().nameStart();
    }
    return Optional.of(new Candidate(new Span(start, end), type, Optional.empty(), Origin.TAGGER));
  }

  /** The lowercased word after the spaces following {@code end}. */
  private static String wordAfter(String text, int end) {
    int start = end;
    while (start < text.length() && (text.charAt(start) == ' ' || text.charAt(start) == '\u00a0')) {
      start++;
    }
    int stop = start;
    while (stop < text.length() && Character.isLetter(text.charAt(stop))) {
      stop++;
    }
    return text.substring(start, stop).toLowerCase(Locale.ROOT);
  }

  /**
   * Adds a tagger candidate unless a dictionary match covers it; a tagger span holding dictionary
   * matches is split where {@link SpanRepair} can, else it wins over them as the longer name.
   */
  private void settle(String text, Candidate tagged, List<Candidate> dictionary, List<Candidate> candidates) {
    if (candidates.stream().anyMatch(c -> c.origin() == Origin.TAGGER && c.span().overlaps(tagged.span()))) {
      return;
    }
    List<Candidate> overlapping = dictionary.stream().filter(d -> d.span().overlaps(tagged.span())).toList();
    if (overlapping.isEmpty()) {
      candidates.add(tagged);
      return;
    }
    boolean allInside = overlapping.stream().allMatch(d -> tagged.span().contains(d.span()));
    boolean coveredByOne = overlapping.stream().anyMatch(d -> d.span().contains(tagged.span()));
    if (coveredByOne || !allInside) {
      return;
    }
    Optional<List<Candidate>> pieces = repair.split(text, tagged, overlapping);
    if (pieces.isPresent()) {
      candidates.addAll(pieces.get());
    } else {
      candidates.removeAll(overlapping);
      candidates.add(tagged);
    }
  }
}

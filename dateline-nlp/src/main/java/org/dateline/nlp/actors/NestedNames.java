package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.model.Span;
import org.dateline.nlp.actors.Candidate.Origin;

/**
 * Dictionary places and countries named inside a longer name: "Lebanon" in "Islamic Resistance in
 * Lebanon", "Baghdad" in "Baghdad International Airport". The longer name stays the mention; these
 * are reported apart, as nested mentions. A name nested in one of its own aliases ("Israel" in
 * "State of Israel") is not repeated.
 */
final class NestedNames {

  private final DictionaryIndex index;

  NestedNames(DictionaryIndex index) {
    this.index = index;
  }

  List<Candidate> find(String text, List<Span> tokens, List<ArticleLinker.Link> links) {
    List<Candidate> nested = new ArrayList<>();
    for (ArticleLinker.Link link : links) {
      Span outer = link.candidate().span();
      List<Span> inner = within(tokens, outer);
      if (inner.size() < 2) {
        continue;
      }
      List<Gazetteer.Match> matches = index.gazetteer().find(text, inner);
      if (!matches.isEmpty() && matches.get(0).span().equals(outer)) {
        matches = index.gazetteer().find(text, inner.subList(1, inner.size()));
      }
      for (Gazetteer.Match match : matches) {
        if (!match.span().equals(outer) && !match.target().equals(link.actor().entryId.orElse(""))) {
          candidate(match, text).ifPresent(nested::add);
        }
      }
    }
    return nested;
  }

  /** The tokens inside {@code outer}, found by binary search. */
  private static List<Span> within(List<Span> tokens, Span outer) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < outer.start()) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    int end = low;
    while (end < tokens.size() && tokens.get(end).end() <= outer.end()) {
      end++;
    }
    return tokens.subList(low, end);
  }

  private Optional<Candidate> candidate(Gazetteer.Match match, String text) {
    return switch (match.kind()) {
      case NAME -> index.entry(match.target()).map(DictionaryEntry::type)
          .filter(type -> type == ActorType.COUNTRY || type == ActorType.LOCATION)
          .map(type -> new Candidate(match.span(), type, Optional.of(match.target()), Origin.NESTED));
      case CAPITAL -> Optional.of(new Candidate(match.span(), ActorType.LOCATION,
          index.placeNamed(match.span().slice(text)), Origin.NESTED));
      case DEMONYM -> Optional.empty();
    };
  }
}

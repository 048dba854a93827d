package org.dateline.nlp.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.nlp.actors.DemonymMention;

/**
 * Marks every actor reference in an article's {@link Words}: the language layer's
 * mentions, demonyms with a group noun ("the Palestinian nation", "Israeli troops") and
 * descriptive names ("the occupying regime"). Where two overlap, the longer wins.
 */
final class RefFinder {

  private final GroupNouns groupNouns;
  private final Epithets epithets;
  private final Function<String, ActorType> typeOf;

  RefFinder(GroupNouns groupNouns, Epithets epithets, Function<String, ActorType> typeOf) {
    this.groupNouns = groupNouns;
    this.epithets = epithets;
    this.typeOf = typeOf;
  }

  void mark(Words words, List<Mention> mentions, List<DemonymMention> demonyms) {
    List<Ref> refs = new ArrayList<>();
    for (Mention mention : mentions) {
      int first = words.firstAtOrAfter(mention.span().start());
      int end = words.firstAtOrAfter(mention.span().end());
      if (first < end) {
        refs.add(new Ref(first, end, mention.actorId(), mention.type(), mention.span(), mention.text(), Ref.Kind.MENTION));
      }
    }
    for (DemonymMention demonym : demonyms) {
      int first = words.firstAtOrAfter(demonym.span().start());
      int next = words.firstAtOrAfter(demonym.span().end());
      if (first >= words.size() || next >= words.size()) {
        continue;
      }
      int limit = words.sentenceEnd(words.sentenceOf(first));
      Optional<GroupNouns.Noun> noun = groupNouns.at(words, next, limit);
      if (noun.isPresent()) {
        int end = next + noun.get().words().size();
        refs.add(ref(words, first, end, groupNouns.actorFor(demonym.actorId(), noun.get().kind()),
            GroupNouns.typeOf(noun.get().kind()), Ref.Kind.COLLECTIVE));
      }
    }
    for (int i = 0; i < words.size(); i++) {
      Epithets.Epithet epithet = epithets.at(words, i, words.sentenceEnd(words.sentenceOf(i)));
      if (epithet != null) {
        int end = i + epithet.words().size();
        refs.add(ref(words, i, end, epithet.actorId(), typeOf.apply(epithet.actorId()), Ref.Kind.EPITHET));
        i = end - 1;
      }
    }
    refs.sort(Comparator.comparingInt(Ref::first).thenComparing(Comparator.comparingInt(Ref::end).reversed()));
    int covered = -1;
    for (Ref ref : refs) {
      if (ref.first() >= covered) {
        words.addRef(ref);
        covered = ref.end();
      } else if (ref.end() > covered) {
        covered = ref.end(); // a partly overlapping shorter reference: skip it
      }
    }
  }

  private static Ref ref(Words words, int first, int end, String actorId, ActorType type, Ref.Kind kind) {
    Span span = new Span(words.start(first), words.end(end - 1));
    return new Ref(first, end, actorId, type, span, span.slice(words.text()), kind);
  }
}

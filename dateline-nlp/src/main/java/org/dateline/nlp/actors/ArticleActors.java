package org.dateline.nlp.actors;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.Mention;

/**
 * The actors one article names, as the article alone knows them.
 *
 * @param mentions every mention, in text order, never overlapping; spans cover the name only,
 *     titles excluded
 * @param actors each actor mentioned, in order of first mention (nested-only ones last):
 *     dictionary actors under their dictionary id, others under the slug of their fullest name
 *     ("esmail-qaani"); aliases are the other forms this article wrote, roles those it gave
 * @param nested dictionary places and countries named inside a longer mention ("Lebanon" in
 *     "Islamic Resistance in Lebanon"), in text order
 * @param demonyms demonyms standing outside any name ("Iranian"), in text order
 */
public record ArticleActors(List<Mention> mentions, List<Actor> actors, List<Mention> nested,
    List<DemonymMention> demonyms) {

  public ArticleActors {
    mentions = List.copyOf(mentions);
    actors = List.copyOf(actors);
    nested = List.copyOf(nested);
    demonyms = List.copyOf(demonyms);
  }

  /** The actor with {@code id}, if this article names it. */
  public Optional<Actor> actor(String id) {
    return actors.stream().filter(actor -> actor.id().equals(id)).findFirst();
  }
}

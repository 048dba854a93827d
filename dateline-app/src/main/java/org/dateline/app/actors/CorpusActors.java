package org.dateline.app.actors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.dateline.app.eval.CanonicalIds;
import org.dateline.model.Actor;
import org.dateline.model.Analysis;
import org.dateline.model.Mention;
import org.dateline.store.Store;

/**
 * The actors of a whole store: every article's actors merged into canonical ones, with their
 * aliases, roles, articles and mention counts. Built from the stored analyses on demand.
 */
public final class CorpusActors implements CanonicalIds {

  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, TreeSet<String>> articles = new LinkedHashMap<>();
  private final Map<String, Integer> mentions = new LinkedHashMap<>();

  /** The actors of every analysed article in {@code store}. */
  public static CorpusActors of(Store store) throws IOException {
    CorpusActors corpus = new CorpusActors();
    store.forEachAnalysis((article, analysis) -> corpus.add(analysis));
    return corpus;
  }

  /** Adds one article's actors and mentions. */
  public void add(Analysis analysis) {
    for (Actor actor : analysis.actors()) {
      actors.merge(actor.id(), actor, CorpusActors::merge);
    }
    for (Mention mention : analysis.mentions()) {
      String id = canonical(analysis.articleId(), mention.actorId());
      articles.computeIfAbsent(id, k -> new TreeSet<>()).add(analysis.articleId());
      mentions.merge(id, 1, Integer::sum);
    }
  }

  @Override
  public String canonical(String articleId, String actorId) {
    return actorId;
  }

  /** The canonical actor with this id. */
  public Optional<Actor> actor(String id) {
    return Optional.ofNullable(actors.get(id));
  }

  /** Every actor that has mentions, most mentioned first, then by id. */
  public List<ActorSummary> summaries() {
    List<ActorSummary> all = new ArrayList<>();
    for (var entry : mentions.entrySet()) {
      Actor actor = actors.get(entry.getKey());
      if (actor != null) {
        all.add(new ActorSummary(actor, List.copyOf(articles.get(entry.getKey())), entry.getValue()));
      }
    }
    all.sort(Comparator.comparingInt(ActorSummary::mentions).reversed()
        .thenComparing(s -> s.actor().id()));
    return all;
  }

  private static Actor merge(Actor a, Actor b) {
    LinkedHashSet<String> aliases = new LinkedHashSet<>(a.aliases());
    aliases.addAll(b.aliases());
    LinkedHashSet<String> roles = new LinkedHashSet<>(a.roles());
    roles.addAll(b.roles());
    return new Actor(a.id(), a.name(), a.type(), List.copyOf(aliases), List.copyOf(roles),
        a.country().or(b::country), a.affiliation().or(b::affiliation));
  }
}

package org.dateline.app.actors;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dateline.app.eval.CanonicalIds;
import org.dateline.model.Actor;
import org.dateline.model.Analysis;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.nlp.actors.ActorDictionary;
import org.dateline.nlp.actors.ActorRegistry;
import org.dateline.nlp.actors.ArticleActors;
import org.dateline.nlp.actors.RegisteredActor;
import org.dateline.store.Store;

/**
 * The actors of a whole store: every article's actors merged into canonical ones by the
 * {@link ActorRegistry} (dictionary ids, transliteration keys, surnames known elsewhere), with
 * their aliases, roles, articles and mention counts. Built from the stored analyses on demand.
 */
public final class CorpusActors implements CanonicalIds {

  private final ActorRegistry registry;
  private final Map<String, Map<String, String>> localIds = new HashMap<>();
  private final Map<String, List<Mention>> mentions = new TreeMap<>();

  public CorpusActors(ActorDictionary dictionary) {
    this.registry = new ActorRegistry(dictionary);
  }

  /** The actors of every analysed article in {@code store}, with the bundled dictionary. */
  public static CorpusActors of(Store store) throws IOException {
    CorpusActors corpus = new CorpusActors(ActorDictionary.bundled());
    store.forEachAnalysis((article, analysis) -> corpus.add(analysis));
    return corpus;
  }

  /** Adds one article's actors and mentions. */
  public void add(Analysis analysis) {
    ArticleActors actors = new ArticleActors(analysis.mentions(), analysis.actors(), List.of(), List.of());
    localIds.put(analysis.articleId(), registry.add(analysis.articleId(), actors));
    mentions.put(analysis.articleId(), analysis.mentions());
  }

  @Override
  public String canonical(String articleId, String actorId) {
    String mapped = localIds.getOrDefault(articleId, Map.of()).getOrDefault(actorId, actorId);
    return registry.canonicalId(mapped);
  }

  /** The canonical actor with this id. */
  public Optional<Actor> actor(String id) {
    return registry.find(id).map(RegisteredActor::actor);
  }

  /**
   * The name of who spoke {@code quote} in article {@code articleId}: the canonical actor's name,
   * else the name the article gives, if any.
   */
  public Optional<String> speakerName(String articleId, Quote quote) {
    return quote.speakerId().map(s -> canonical(articleId, s)).flatMap(this::actor).map(Actor::name)
        .or(quote::speakerName);
  }

  /** Every actor that has mentions, most mentioned first, then by id. */
  public List<ActorSummary> summaries() {
    Map<String, TreeSet<String>> articles = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    mentions.forEach((article, list) -> {
      for (Mention mention : list) {
        String id = canonical(article, mention.actorId());
        articles.computeIfAbsent(id, k -> new TreeSet<>()).add(article);
        counts.merge(id, 1, Integer::sum);
      }
    });
    List<ActorSummary> all = new ArrayList<>();
    counts.forEach((id, count) -> actor(id).ifPresent(actor ->
        all.add(new ActorSummary(actor, List.copyOf(articles.get(id)), count))));
    all.sort(Comparator.comparingInt(ActorSummary::mentions).reversed()
        .thenComparing(s -> s.actor().id()));
    return all;
  }
}

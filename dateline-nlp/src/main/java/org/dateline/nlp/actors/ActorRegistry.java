package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.dateline.model.Actor;
import org.dateline.model.Mention;

/**
 * Canonical actors across the store, built one article at a time. An article's actor joins a
 * canonical actor when it has the same dictionary id, else when one of its full (several-word)
 * forms has the same {@link NameKeys key} ("Esmail Qa'ani" joins "Ismail Qaani"), else when it is
 * a person whose first name and surname only one person in the store has ("Hillary Rodham
 * Clinton" joins "Hillary Clinton"), else, for a person known only by a surname, when exactly
 * one person in the store has that surname; an organization's one-word alias (an acronym) joins
 * the one actor known by it. A surname-only
 * actor seen first is absorbed by the full name that turns up later, if that full name is the
 * only one with the surname; its id then {@link #canonicalId redirects}.
 *
 * <p>Ids are readable slugs fixed when an actor is first seen (the article's id for it, made
 * unique), so the same articles added in the same order give the same ids. Re-adding an article
 * replaces what it said before. Thread-safe.
 */
public final class ActorRegistry {

  private final ActorDictionary dictionary;
  private final NameKeys keys = NameKeys.standard();
  private final Map<String, RegistryEntry> entries = new TreeMap<>();
  private final Map<String, String> redirects = new HashMap<>();
  private final RegistryKeys index;

  /** An empty registry that knows the ids of {@code dictionary}. */
  public ActorRegistry(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.index = new RegistryKeys(keys);
  }

  /**
   * Merges one article's actors into the store.
   *
   * @param articleId the article's id; adding it again replaces its earlier contribution
   * @return for each of the article's actor ids, the canonical id it now has
   */
  public synchronized Map<String, String> add(String articleId, ArticleActors article) {
    Objects.requireNonNull(articleId, "articleId");
    Map<String, String> canonical = new LinkedHashMap<>();
    for (Actor actor : article.actors()) {
      String id = match(actor).orElseGet(() -> create(actor));
      canonical.put(actor.id(), id);
      index.register(id, actor, entries.get(id).entry.isPresent());
    }
    Map<String, Map<String, Integer>> forms = new HashMap<>();
    List<Mention> all = new ArrayList<>(article.mentions());
    all.addAll(article.nested());
    for (Mention mention : all) {
      forms.computeIfAbsent(mention.actorId(), k -> new HashMap<>()).merge(mention.text(), 1, Integer::sum);
    }
    for (Actor actor : article.actors()) {
      Map<String, Integer> written = forms.getOrDefault(actor.id(), Map.of());
      int mentions = written.values().stream().mapToInt(Integer::intValue).sum();
      entries.get(canonical.get(actor.id())).byArticle.put(articleId, new Contribution(actor.type(), written,
          actor.roles(), mentions, actor.country().map(id -> canonical.getOrDefault(id, id)),
          actor.affiliation().map(id -> canonical.getOrDefault(id, id))));
    }
    for (Actor actor : article.actors()) {
      absorbSurnames(canonicalId(canonical.get(actor.id())), actor);
    }
    canonical.replaceAll((local, id) -> canonicalId(id));
    return canonical;
  }

  /** The id {@code id} stands under now (itself unless its actor was merged into another). */
  public synchronized String canonicalId(String id) {
    String current = id;
    while (redirects.containsKey(current)) {
      current = redirects.get(current);
    }
    return current;
  }

  /** The canonical actor {@code id} (or an id merged into it) stands for. */
  public synchronized Optional<RegisteredActor> find(String id) {
    return Optional.ofNullable(entries.get(canonicalId(id))).map(e -> e.toRegistered(this::canonicalId));
  }

  /** Every canonical actor, by id. */
  public synchronized List<RegisteredActor> actors() {
    List<RegisteredActor> all = new ArrayList<>();
    entries.values().forEach(e -> all.add(e.toRegistered(this::canonicalId)));
    return all;
  }

  /** How many canonical actors there are. */
  public synchronized int size() {
    return entries.size();
  }

  private Optional<String> match(Actor actor) {
    Optional<DictionaryEntry> known = dictionary.entry(actor.id());
    if (known.isPresent()) {
      entries.computeIfAbsent(actor.id(), id -> new RegistryEntry(id, known));
      return Optional.of(actor.id());
    }
    return index.match(actor).map(this::canonicalId);
  }

  private String create(Actor actor) {
    String id = actor.id();
    for (int n = 2; entries.containsKey(id) || redirects.containsKey(id) || dictionary.entry(id).isPresent(); n++) {
      id = actor.id() + "-" + n;
    }
    entries.put(id, new RegistryEntry(id, Optional.empty()));
    return id;
  }

  /** Surname-only persons absorbed by {@code id}, the one full name that shares their surname. */
  private void absorbSurnames(String id, Actor actor) {
    RegistryEntry full = entries.get(id);
    for (String lone : index.surnameOnlyFor(id, actor)) {
      RegistryEntry absorbed = entries.get(lone);
      if (full != null && absorbed != null && absorbed.entry.isEmpty() && !absorbed.hasFullName()) {
        full.absorb(absorbed);
        entries.remove(lone);
        redirects.put(lone, id);
        index.redirect(lone, id);
      }
    }
  }
}

package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;

/**
 * Turns an article's linked candidates into its {@link ArticleActors}: gives each actor its id
 * (dictionary id, else the slug of its fullest name, made unique), reads the roles around each
 * person's mentions and the ties they carry (a country's role makes the person's country, an
 * organization's the affiliation).
 */
final class ArticleAssembler {

  private final DictionaryIndex index;
  private final RoleReader roles;

  ArticleAssembler(DictionaryIndex index, Lexicon lexicon) {
    this.index = index;
    this.roles = new RoleReader(lexicon);
  }

  ArticleActors assemble(String text, Words words, ArticleLinker linker, List<DemonymMention> demonyms) {
    List<ArticleLinker.Link> links = new ArrayList<>(linker.links());
    links.sort(Comparator.comparing(link -> link.candidate().span()));
    NavigableMap<Integer, ArticleLinker.Link> byStart = new TreeMap<>();
    links.forEach(link -> byStart.put(link.candidate().span().start(), link));
    List<ArticleLinker.Link> nested = new ArrayList<>(linker.nested());
    nested.sort(Comparator.comparing(link -> link.candidate().span()));
    List<LocalActor> ordered = new ArrayList<>();
    for (ArticleLinker.Link link : links) {
      if (!ordered.contains(link.actor())) {
        ordered.add(link.actor());
      }
    }
    for (ArticleLinker.Link link : nested) {
      if (!ordered.contains(link.actor())) {
        ordered.add(link.actor());
      }
    }
    Map<LocalActor, String> ids = ids(ordered);
    List<Mention> mentions = new ArrayList<>();
    for (ArticleLinker.Link link : links) {
      LocalActor actor = link.actor();
      ActorType type = type(actor);
      Set<String> mentionRoles = new LinkedHashSet<>();
      if (type == ActorType.PERSON) {
        for (RoleReader.Role role : roles.read(text, words, link, byStart)) {
          mentionRoles.add(role.text());
          role.of().filter(owner -> owner != actor).ifPresent(owner -> tie(actor, owner, ids.get(owner)));
        }
        actor.roles.addAll(mentionRoles);
      }
      mentions.add(mention(link, text, ids.get(actor), type, List.copyOf(mentionRoles)));
    }
    List<Mention> inner = nested.stream()
        .map(link -> mention(link, text, ids.get(link.actor()), type(link.actor()), List.of())).toList();
    List<Actor> actors = ordered.stream().map(actor -> actor(actor, ids.get(actor))).toList();
    List<DemonymMention> outside = demonyms.stream()
        .filter(d -> mentions.stream().noneMatch(m -> m.span().overlaps(d.span()))).toList();
    return new ArticleActors(mentions, actors, inner, outside);
  }

  private static Mention mention(ArticleLinker.Link link, String text, String id, ActorType type, List<String> roles) {
    return new Mention(link.candidate().span(), link.candidate().text(text), id, type, roles);
  }

  private void tie(LocalActor person, LocalActor owner, String ownerId) {
    ActorType ownerType = type(owner);
    if (ownerType == ActorType.COUNTRY && person.country.isEmpty()) {
      person.country = Optional.of(ownerId);
    } else if ((ownerType == ActorType.ORGANIZATION || ownerType == ActorType.GROUP) && person.affiliation.isEmpty()) {
      person.affiliation = Optional.of(ownerId);
    }
  }

  private Actor actor(LocalActor actor, String id) {
    Optional<DictionaryEntry> entry = actor.entryId.flatMap(index::entry);
    String name = entry.map(DictionaryEntry::name).orElseGet(actor::bestForm);
    return new Actor(id, name, type(actor), actor.aliasesBesides(name), List.copyOf(actor.roles),
        entry.flatMap(DictionaryEntry::country).or(() -> actor.country),
        entry.flatMap(DictionaryEntry::affiliation).or(() -> actor.affiliation));
  }

  private ActorType type(LocalActor actor) {
    return actor.entryId.flatMap(index::entry).map(DictionaryEntry::type).orElseGet(actor::type);
  }

  private Map<LocalActor, String> ids(List<LocalActor> actors) {
    Map<LocalActor, String> ids = new IdentityHashMap<>();
    Set<String> taken = new HashSet<>();
    actors.stream().filter(a -> a.entryId.isPresent()).forEach(a -> {
      ids.put(a, a.entryId.get());
      taken.add(a.entryId.get());
    });
    for (LocalActor actor : actors) {
      if (actor.entryId.isEmpty()) {
        String slug = Slugs.of(actor.bestForm());
        String id = taken.contains(slug) ? slug + "-" + type(actor).name().toLowerCase(Locale.ROOT) : slug;
        for (int n = 2; taken.contains(id); n++) {
          id = slug + "-" + n;
        }
        ids.put(actor, id);
        taken.add(id);
      }
    }
    return ids;
  }
}

package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.ActorType;

/**
 * Links an article's candidates to actors (rules 3, 4, 6, 9). Dictionary matches group by entry;
 * names of several words group by key, or join a dictionary entry with that key, or a person whose
 * key tokens they share in order ("Ali Khamenei" / "Seyed Ali Khamenei"). One-word names then
 * link, in order of preference, as an acronym of an organization named in the article, a person's
 * surname (the nearest full name before, else after), a place's bare name ("Gaza" for "Gaza
 * Strip"), a dictionary person's unique surname or a dictionary name, else an actor of their own.
 */
final class ArticleLinker {

  /** A candidate and the actor it resolved to. */
  record Link(Candidate candidate, LocalActor actor) {}

  private final DictionaryIndex index;
  private final NameKeys keys;
  private final Lexicon lexicon;
  private final String text;
  private final List<LocalActor> actors = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Link> nested = new ArrayList<>();
  private final Map<String, LocalActor> byEntry = new HashMap<>();
  private final Map<String, LocalActor> byKey = new HashMap<>();

  ArticleLinker(DictionaryIndex index, NameKeys keys, Lexicon lexicon, String text) {
    this.index = index;
    this.keys = keys;
    this.lexicon = lexicon;
    this.text = text;
  }

  /** Links {@code candidates} (in text order): full names first, then one-word names. */
  void linkAll(List<Candidate> candidates) {
    List<Candidate> shortNames = new ArrayList<>();
    for (Candidate candidate : candidates) {
      List<String> tokens = keys.tokens(candidate.text(text));
      if (candidate.entryId().isPresent()) {
        attach(candidate, entryActor(candidate.entryId().get(), candidate), tokens);
      } else if (tokens.size() > 1) {
        attach(candidate, fullNameActor(candidate, tokens), tokens);
      } else if (!tokens.isEmpty()) {
        shortNames.add(candidate);
      }
    }
    for (Candidate candidate : shortNames) {
      List<String> tokens = keys.tokens(candidate.text(text));
      attach(candidate, shortNameActor(candidate, tokens.get(0)), tokens);
    }
  }

  /** Records {@code candidate} as a mention of {@code actor}. */
  void attach(Candidate candidate, LocalActor actor, List<String> tokens) {
    ActorType type = candidate.entryId().flatMap(index::entry).map(DictionaryEntry::type).orElse(candidate.type());
    actor.add(candidate.text(text), type, tokens, lexicon);
    links.add(new Link(candidate, actor));
  }

  /** Records {@code candidate} as a mention of {@code actor} written in a variant form, never its name. */
  void attachVariant(Candidate candidate, LocalActor actor, List<String> tokens) {
    String form = candidate.text(text);
    if (!actor.forms.containsKey(form)) {
      actor.variants.add(form);
    }
    attach(candidate, actor, tokens);
  }

  /** Links names nested in longer names: dictionary entries by id, other places by key. */
  void linkNested(List<Candidate> candidates) {
    for (Candidate candidate : candidates) {
      List<String> tokens = keys.tokens(candidate.text(text));
      LocalActor actor = candidate.entryId().isPresent() ? entryActor(candidate.entryId().get(), candidate)
          : keyed(kind(false) + String.join(" ", tokens), candidate);
      actor.add(candidate.text(text), candidate.type(), tokens, lexicon);
      nested.add(new Link(candidate, actor));
    }
  }

  List<Link> nested() {
    return nested;
  }

  /** Moves every mention of {@code from} to {@code into} and forgets {@code from}. */
  void merge(LocalActor from, LocalActor into) {
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      if (link.actor() == from) {
        links.set(i, new Link(link.candidate(), into));
        String form = link.candidate().text(text);
        if (!into.forms.containsKey(form)) {
          into.variants.add(form);
        }
        into.add(form, into.type(), keys.tokens(form), lexicon);
      }
    }
    actors.remove(from);
    byKey.values().removeIf(actor -> actor == from);
  }

  List<Link> links() {
    return links;
  }

  List<LocalActor> actors() {
    return actors;
  }

  private LocalActor fullNameActor(Candidate candidate, List<String> tokens) {
    boolean person = candidate.type() == ActorType.PERSON;
    Optional<String> entry = index.byName(candidate.text(text), person);
    if (entry.isPresent()) {
      return entryActor(entry.get(), candidate);
    }
    String key = String.join(" ", tokens);
    LocalActor known = byKey.get(kind(person) + key);
    if (known == null && person) {
      known = actors.stream().filter(a -> a.isPerson() && a.fullKeys.stream().anyMatch(k -> sharesInOrder(k, tokens)))
          .findFirst().orElse(null);
    }
    return known != null ? known : keyed(kind(person) + key, candidate);
  }

  private LocalActor shortNameActor(Candidate candidate, String key) {
    String written = candidate.text(text);
    Optional<LocalActor> linked = Acronyms.definedBy(candidate, links, text)
        .or(() -> Acronyms.expansion(written, actors))
        .or(() -> nearest(candidate, actors.stream().filter(a -> a.isPerson() && a.surnameKeys.contains(key)).toList()))
        .or(() -> actors.stream().filter(a -> a.placeHeadKeys.contains(key)).findFirst());
    if (linked.isPresent()) {
      return linked.get();
    }
    boolean person = candidate.type() == ActorType.PERSON;
    Optional<String> entry = person ? index.personBySurname(written) : index.byName(written, false);
    if (entry.isPresent()) {
      return entryActor(entry.get(), candidate);
    }
    return keyed(kind(person) + key, candidate);
  }

  /** The actor whose first mention is the nearest before {@code candidate}, else the first after. */
  static Optional<LocalActor> nearest(Candidate candidate, List<LocalActor> options) {
    LocalActor before = null;
    LocalActor after = null;
    for (LocalActor option : options) {
      if (option.firstStart <= candidate.span().start()) {
        if (before == null || option.firstStart > before.firstStart) {
          before = option;
        }
      } else if (after == null || option.firstStart < after.firstStart) {
        after = option;
      }
    }
    return Optional.ofNullable(before != null ? before : after);
  }

  /**
   * Whether the shorter of two names has all its key tokens in the longer, in order, and both
   * end with the same surname: "Ali Khamenei" and "Seyed Ali Khamenei", not "Ali Rahimi" and
   * "Alia Rahimi".
   */
  private static boolean sharesInOrder(String key, List<String> tokens) {
    List<String> other = List.of(key.split(" "));
    if (!other.get(other.size() - 1).equals(tokens.get(tokens.size() - 1))) {
      return false;
    }
    List<String> small = tokens.size() <= other.size() ? tokens : other;
    List<String> large = small == tokens ? other : tokens;
    int at = 0;
    for (String token : large) {
      if (at < small.size() && token.equals(small.get(at))) {
        at++;
      }
    }
    return at == small.size();
  }

  private LocalActor entryActor(String entryId, Candidate candidate) {
    return byEntry.computeIfAbsent(entryId, id -> created(Optional.of(id), candidate));
  }

  /** The actor known by {@code key}, created on first use. */
  private LocalActor keyed(String key, Candidate candidate) {
    return byKey.computeIfAbsent(key, k -> created(Optional.empty(), candidate));
  }

  private LocalActor created(Optional<String> entryId, Candidate candidate) {
    LocalActor actor = new LocalActor(entryId, candidate.span().start());
    actors.add(actor);
    return actor;
  }

  private static String kind(boolean person) {
    return person ? "P|" : "O|";
  }
}

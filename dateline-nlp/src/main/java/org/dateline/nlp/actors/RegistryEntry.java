package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;

/**
 * One canonical actor of the registry: its id, its dictionary entry if any, and each article's
 * {@link Contribution}, from which the actor is computed when asked for. Re-adding an article
 * replaces its contribution, so counts never double.
 */
final class RegistryEntry {

  final String id;
  final Optional<DictionaryEntry> entry;
  final Map<String, Contribution> byArticle = new LinkedHashMap<>();

  RegistryEntry(String id, Optional<DictionaryEntry> entry) {
    this.id = id;
    this.entry = entry;
  }

  /** Whether any form written has more than one word. */
  boolean hasFullName() {
    return byArticle.values().stream().anyMatch(c -> c.forms().keySet().stream().anyMatch(f -> f.strip().contains(" ")));
  }

  /** Takes over {@code other}'s contributions (an absorbed surname-only actor). */
  void absorb(RegistryEntry other) {
    other.byArticle.forEach((article, theirs) -> byArticle.merge(article, theirs, RegistryEntry::combine));
  }

  private static Contribution combine(Contribution a, Contribution b) {
    Map<String, Integer> forms = new HashMap<>(a.forms());
    b.forms().forEach((form, n) -> forms.merge(form, n, Integer::sum));
    Set<String> roles = new LinkedHashSet<>(a.roles());
    roles.addAll(b.roles());
    return new Contribution(a.type(), forms, new ArrayList<>(roles), a.mentions() + b.mentions(),
        a.country().or(b::country), a.affiliation().or(b::affiliation));
  }

  /** The actor as the store knows it; {@code canonical} maps ids that were merged away. */
  RegisteredActor toRegistered(Function<String, String> canonical) {
    Map<String, Integer> forms = new HashMap<>();
    Map<ActorType, Integer> types = new EnumMap<>(ActorType.class);
    Map<String, String> roles = new LinkedHashMap<>();
    Map<String, Integer> countries = new HashMap<>();
    Map<String, Integer> affiliations = new HashMap<>();
    int mentions = 0;
    for (Contribution c : byArticle.values()) {
      c.forms().forEach((form, n) -> forms.merge(form, n, Integer::sum));
      types.merge(c.type(), c.mentions(), Integer::sum);
      c.roles().forEach(role -> roles.putIfAbsent(role.toLowerCase(Locale.ROOT), role));
      c.country().ifPresent(id -> countries.merge(canonical.apply(id), 1, Integer::sum));
      c.affiliation().ifPresent(id -> affiliations.merge(canonical.apply(id), 1, Integer::sum));
      mentions += c.mentions();
    }
    String name = entry.map(DictionaryEntry::name).orElseGet(() -> bestName(forms));
    ActorType type = entry.map(DictionaryEntry::type).orElseGet(() -> mostFrequent(types).orElse(ActorType.ORGANIZATION));
    List<String> aliases = new ArrayList<>(forms.keySet());
    aliases.remove(name);
    aliases.sort(Comparator.comparing((String f) -> -forms.get(f)).thenComparing(Comparator.naturalOrder()));
    Actor actor = new Actor(id, name, type, aliases, new ArrayList<>(roles.values()),
        entry.flatMap(DictionaryEntry::country).or(() -> mostFrequent(countries)),
        entry.flatMap(DictionaryEntry::affiliation).or(() -> mostFrequent(affiliations)));
    return new RegisteredActor(actor, byArticle.size(), mentions);
  }

  /** The most frequent full (several-word) form; ties go to the longer, then the first in order. */
  private String bestName(Map<String, Integer> forms) {
    boolean anyFull = forms.keySet().stream().anyMatch(f -> f.strip().contains(" "));
    boolean anyMixedCase = forms.keySet().stream().anyMatch(f -> !f.equals(f.toUpperCase(Locale.ROOT)));
    return forms.keySet().stream().filter(f -> !anyFull || f.strip().contains(" "))
        .filter(f -> !anyMixedCase || !f.equals(f.toUpperCase(Locale.ROOT)) || forms.keySet().stream()
            .noneMatch(other -> !other.equals(f) && other.equalsIgnoreCase(f)))
        .min(Comparator.comparing((String f) -> -forms.get(f)).thenComparing(f -> -f.length())
            .thenComparing(Comparator.naturalOrder()))
        .orElse(id);
  }

  private static <K extends Comparable<K>> Optional<K> mostFrequent(Map<K, Integer> counts) {
    return counts.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<K, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey);
  }
}

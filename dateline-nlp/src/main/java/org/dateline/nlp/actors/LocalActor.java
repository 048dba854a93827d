package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.ActorType;

/**
 * One actor as a single article knows it while its mentions are being linked: the forms it was
 * written in, the keys they fold to, the roles and ties read around it. Mutable; lives for one
 * {@link ActorResolver#resolve} call.
 */
final class LocalActor {

  final Optional<String> entryId;
  final int firstStart;
  final Map<String, Integer> forms = new LinkedHashMap<>();
  final Set<String> variants = new LinkedHashSet<>();
  final Set<String> fullKeys = new LinkedHashSet<>();
  final Set<String> surnameKeys = new LinkedHashSet<>();
  final Set<String> placeHeadKeys = new LinkedHashSet<>();
  final Set<String> singleKeys = new LinkedHashSet<>();
  final Set<String> roles = new LinkedHashSet<>();
  final Map<ActorType, Integer> typeVotes = new EnumMap<>(ActorType.class);
  Optional<String> country = Optional.empty();
  Optional<String> affiliation = Optional.empty();

  LocalActor(Optional<String> entryId, int firstStart) {
    this.entryId = entryId;
    this.firstStart = firstStart;
  }

  /** Records one mention written {@code form} with key tokens {@code keyTokens}. */
  void add(String form, ActorType type, List<String> keyTokens, Lexicon lexicon) {
    forms.merge(form, 1, Integer::sum);
    typeVotes.merge(type, 1, Integer::sum);
    if (keyTokens.size() > 1) {
      fullKeys.add(String.join(" ", keyTokens));
      if (type == ActorType.PERSON) {
        surnameKeys.add(keyTokens.get(keyTokens.size() - 1));
      }
      String[] words = form.split("\\s+");
      if (type == ActorType.LOCATION && lexicon.placeDesignators.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
        placeHeadKeys.add(String.join(" ", keyTokens.subList(0, keyTokens.size() - 1)));
      }
    } else if (keyTokens.size() == 1) {
      singleKeys.add(keyTokens.get(0));
    }
  }

  /** The type most mentions gave it (declaration order breaks ties). */
  ActorType type() {
    ActorType best = ActorType.ORGANIZATION;
    int most = 0;
    for (Map.Entry<ActorType, Integer> vote : typeVotes.entrySet()) {
      if (vote.getValue() > most) {
        best = vote.getKey();
        most = vote.getValue();
      }
    }
    return best;
  }

  boolean isPerson() {
    return type() == ActorType.PERSON;
  }

  /** Whether any form has more than one word. */
  boolean hasFullName() {
    return !fullKeys.isEmpty();
  }

  /**
   * The most frequent form with most words: the name the article gives in full. Variants (a
   * misspelling, a place's second name) count only when there is nothing else.
   */
  String bestForm() {
    String best = null;
    for (Map.Entry<String, Integer> form : forms.entrySet()) {
      boolean variant = variants.contains(form.getKey());
      boolean bestVariant = best != null && variants.contains(best);
      if (best == null || bestVariant && !variant
          || variant == bestVariant && better(form.getKey(), form.getValue(), best, forms.get(best))) {
        best = form.getKey();
      }
    }
    return best == null ? "" : best;
  }

  private static boolean better(String form, int count, String best, int bestCount) {
    boolean full = form.trim().contains(" ");
    boolean bestFull = best.trim().contains(" ");
    if (full != bestFull) {
      return full;
    }
    if (form.equalsIgnoreCase(best)) {
      return best.equals(best.toUpperCase(Locale.ROOT)) && !form.equals(form.toUpperCase(Locale.ROOT));
    }
    return count > bestCount;
  }

  /** Every form but {@code name}, in the order first written. */
  List<String> aliasesBesides(String name) {
    List<String> aliases = new ArrayList<>(forms.keySet());
    aliases.remove(name);
    return aliases;
  }
}

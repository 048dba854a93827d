package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.ActorType;

/**
 * The lookups the resolver makes in an {@link ActorDictionary}: a gazetteer of every name, alias,
 * capital and demonym, and name keys for names written differently from the dictionary. Where two
 * entries claim one name, an entry's own name beats another's alias, then file order decides.
 */
final class DictionaryIndex {

  private final ActorDictionary dictionary;
  private final NameKeys keys;
  private final Gazetteer gazetteer;
  private final Map<String, String> personKeys = new HashMap<>();
  private final Map<String, Set<String>> surnames = new HashMap<>();
  private final Map<String, String> otherKeys = new HashMap<>();
  private final Map<String, String> capitals = new HashMap<>();
  private final Map<String, String> places = new HashMap<>();

  DictionaryIndex(ActorDictionary dictionary, NameKeys keys) {
    this.dictionary = dictionary;
    this.keys = keys;
    List<Gazetteer.Form> forms = new ArrayList<>();
    for (boolean ownNames : new boolean[] {true, false}) {
      for (DictionaryEntry entry : dictionary.entries()) {
        for (String name : ownNames ? List.of(entry.name()) : entry.aliases()) {
          forms.add(new Gazetteer.Form(name, entry.id(), Gazetteer.Kind.NAME));
          indexKey(entry, name);
        }
      }
    }
    for (DictionaryEntry entry : dictionary.entries()) {
      for (String capital : entry.capitals()) {
        forms.add(new Gazetteer.Form(capital, entry.id(), Gazetteer.Kind.CAPITAL));
        capitals.putIfAbsent(keys.plainForm(capital), entry.id());
      }
      for (String demonym : entry.demonyms()) {
        forms.add(new Gazetteer.Form(demonym, entry.id(), Gazetteer.Kind.DEMONYM));
      }
    }
    this.gazetteer = new Gazetteer(forms);
  }

  private void indexKey(DictionaryEntry entry, String name) {
    List<String> tokens = keys.tokens(name);
    if (tokens.isEmpty()) {
      return;
    }
    if (entry.type() == ActorType.PERSON) {
      if (tokens.size() > 1) {
        personKeys.putIfAbsent(String.join(" ", tokens), entry.id());
      }
      surnames.computeIfAbsent(tokens.get(tokens.size() - 1), k -> new LinkedHashSet<>()).add(entry.id());
    } else if (tokens.size() > 1) {
      otherKeys.putIfAbsent(String.join(" ", tokens), entry.id());
    } else {
      otherKeys.putIfAbsent(keys.plainForm(name), entry.id());
    }
    if (entry.type() == ActorType.LOCATION) {
      places.putIfAbsent(keys.plainForm(name), entry.id());
    }
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  Optional<DictionaryEntry> entry(String id) {
    return dictionary.entry(id);
  }

  /**
   * The entry a name written differently from the dictionary denotes: a person by its full key
   * ("Ebrahim Raeisi" for "Ebrahim Raisi"); anything else by its full key if it has several
   * words ("Qods Force"), by its plain form if one ("Kiev" for "Kyiv").
   */
  Optional<String> byName(String name, boolean person) {
    List<String> tokens = keys.tokens(name);
    if (person) {
      return tokens.size() > 1 ? Optional.ofNullable(personKeys.get(String.join(" ", tokens))) : Optional.empty();
    }
    return Optional.ofNullable(tokens.size() > 1 ? otherKeys.get(String.join(" ", tokens))
        : otherKeys.get(keys.plainForm(name)));
  }

  /** The one dictionary person whose surname has the key of {@code surname}, if exactly one. */
  Optional<String> personBySurname(String surname) {
    List<String> tokens = keys.tokens(surname);
    Set<String> ids = tokens.size() == 1 ? surnames.get(tokens.get(0)) : null;
    return ids != null && ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
  }

  /** The country whose capital (or seat of government) {@code name} is. */
  Optional<String> countryOfCapital(String name) {
    return Optional.ofNullable(capitals.get(keys.plainForm(name)));
  }

  /** A dictionary place (not a country) named {@code name}. */
  Optional<String> placeNamed(String name) {
    return Optional.ofNullable(places.get(keys.plainForm(name)));
  }
}

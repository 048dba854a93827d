package org.dateline.nlp.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.nlp.actors.ActorDictionary;
import org.dateline.nlp.actors.DictionaryEntry;

/**
 * Collective actors named by a demonym and a noun ("the Palestinian nation", "Israeli troops",
 * "the Iranian regime"), from group-nouns.txt: which actor each kind of noun stands for.
 */
final class GroupNouns {

  /** What a noun after a demonym names. */
  enum Kind { PEOPLE, ARMED, MILITARY, GOVERNMENT }

  /** A noun (one or more lower-case words) and its kind. */
  record Noun(List<String> words, Kind kind) {}

  private final List<Noun> nouns;
  private final Map<String, String> peopleGroups;

  GroupNouns(List<Noun> nouns, Map<String, String> peopleGroups) {
    List<Noun> sorted = new ArrayList<>(nouns);
    sorted.sort(Comparator.comparingInt((Noun n) -> n.words().size()).reversed());
    this.nouns = List.copyOf(sorted);
    this.peopleGroups = Map.copyOf(peopleGroups);
  }

  /** The bundled nouns; the people of a country are its dictionary group where there is one. */
  static GroupNouns bundled(ActorDictionary dictionary) {
    List<Noun> nouns = new ArrayList<>();
    Resources.sections(Resources.lines("group-nouns.txt")).forEach((section, lines) -> {
      Kind kind = Kind.valueOf(section.toUpperCase(Locale.ROOT));
      for (String line : lines) {
        nouns.add(new Noun(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")), kind));
      }
    });
    return new GroupNouns(nouns, peopleGroups(dictionary));
  }

  /** Country id to the id of the group named by its plural demonym ("palestine" to "palestinians"). */
  private static Map<String, String> peopleGroups(ActorDictionary dictionary) {
    Map<String, String> groupsByName = new HashMap<>();
    for (DictionaryEntry entry : dictionary.entries()) {
      if (entry.type() == ActorType.GROUP) {
        groupsByName.put(entry.name().toLowerCase(Locale.ROOT), entry.id());
      }
    }
    Map<String, String> groups = new HashMap<>();
    for (DictionaryEntry entry : dictionary.entries()) {
      for (String demonym : entry.demonyms()) {
        String group = groupsByName.get(demonym.toLowerCase(Locale.ROOT) + "s");
        if (group != null) {
          groups.put(entry.id(), group);
        }
      }
    }
    return groups;
  }

  /** The longest noun starting at token {@code from} of {@code words}, if any. */
  Optional<Noun> at(Words words, int from, int limit) {
    for (Noun noun : nouns) {
      if (words.startsWith(from, limit, noun.words())) {
        return Optional.of(noun);
      }
    }
    return Optional.empty();
  }

  /** The actor a noun of {@code kind} after the demonym of {@code country} stands for. */
  String actorFor(String country, Kind kind) {
    return switch (kind) {
      case PEOPLE -> peopleGroups.getOrDefault(country, country + "-people");
      case ARMED -> country + "-armed-groups";
      case MILITARY -> country + "-military";
      case GOVERNMENT -> country;
    };
  }

  /** The type of the actor a noun of {@code kind} stands for. */
  static ActorType typeOf(Kind kind) {
    return switch (kind) {
      case PEOPLE -> ActorType.GROUP;
      case ARMED, MILITARY -> ActorType.ORGANIZATION;
      case GOVERNMENT -> ActorType.COUNTRY;
    };
  }
}

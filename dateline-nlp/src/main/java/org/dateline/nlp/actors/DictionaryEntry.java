package org.dateline.nlp.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.model.ActorType;

/**
 * One actor of the {@link ActorDictionary}, as a line of the JSON-lines dictionary gives it.
 *
 * @param id the actor's slug ("iran", "masoud-pezeshkian"): lowercase letters, digits, hyphens
 * @param name its canonical name
 * @param type what kind of actor it is
 * @param aliases other names it goes by, matched in text as written (case-sensitively)
 * @param capitals for a country, the city or cities standing for its government (the file's
 *     {@code capital}, a string or a list)
 * @param demonyms adjectives and plurals naming its people ("Iranian", "Iranians"): exposed, never
 *     mentions of the actor itself
 * @param country the id of the country it belongs to
 * @param affiliation the id of the organization it belongs to or is part of
 * @param born its birth (or founding) day
 * @param died its death (or dissolution) day
 * @param roles offices it holds or held
 */
public record DictionaryEntry(String id, String name, ActorType type, List<String> aliases,
    List<String> capitals, List<String> demonyms, Optional<String> country,
    Optional<String> affiliation, Optional<LocalDate> born, Optional<LocalDate> died,
    List<DictionaryRole> roles) {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  public DictionaryEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!SLUG.matcher(id).matches()) {
      throw new IllegalArgumentException("id is not a slug: '" + id + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name of '" + id + "' is blank");
    }
    aliases = List.copyOf(aliases);
    capitals = List.copyOf(capitals);
    demonyms = List.copyOf(demonyms);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(affiliation, "affiliation");
    Objects.requireNonNull(born, "born");
    Objects.requireNonNull(died, "died");
    roles = List.copyOf(roles);
  }

  /** The name, then the aliases. */
  public List<String> names() {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(name);
    names.addAll(aliases);
    return names;
  }

  /**
   * This entry extended by a later entry with the same id (a user's file over the bundled one):
   * the later name and type win (the old name stays as an alias), its optional fields win where
   * set, and its lists add to this entry's lists.
   */
  DictionaryEntry extendedBy(DictionaryEntry later) {
    List<String> mergedAliases = union(aliases, later.aliases);
    if (!later.name.equals(name)) {
      mergedAliases = union(List.of(name), mergedAliases);
      mergedAliases.remove(later.name);
    }
    return new DictionaryEntry(id, later.name, later.type, mergedAliases,
        union(capitals, later.capitals), union(demonyms, later.demonyms),
        later.country.or(() -> country), later.affiliation.or(() -> affiliation),
        later.born.or(() -> born), later.died.or(() -> died), union(roles, later.roles));
  }

  private static <T> List<T> union(List<T> first, List<T> second) {
    Set<T> all = new LinkedHashSet<>(first);
    all.addAll(second);
    return new ArrayList<>(all);
  }
}

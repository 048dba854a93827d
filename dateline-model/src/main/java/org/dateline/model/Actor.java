package org.dateline.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A canonical actor: one person, organization, country, place or group, whatever names the
 * articles give it.
 *
 * @param id a readable, stable slug ("esmail-qaani", "irgc")
 * @param name the canonical name ("Esmail Qaani")
 * @param type what kind of actor it is
 * @param aliases every other name it goes by, as written (spellings, acronyms, surnames)
 * @param roles titles and roles it is given ("Brigadier General", "commander of the Quds Force")
 * @param country the id of the country it belongs to, if known
 * @param affiliation the id of the organization it belongs to or is part of, if known
 */
public record Actor(
    String id,
    String name,
    ActorType type,
    List<String> aliases,
    List<String> roles,
    Optional<String> country,
    Optional<String> affiliation) {

  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(affiliation, "affiliation");
  }
}

package org.dateline.nlp.actors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An office a dictionary actor holds or held.
 *
 * @param role the office as written ("President of Iran")
 * @param from the first day in office, if known
 * @param to the last day in office; empty while the term is open or unknown
 * @param elected the day of the election that gave the office, if any
 */
public record DictionaryRole(String role, Optional<LocalDate> from, Optional<LocalDate> to,
    Optional<LocalDate> elected) {

  public DictionaryRole {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(elected, "elected");
    if (role.isBlank()) {
      throw new IllegalArgumentException("role is blank");
    }
  }

  /** Whether the office was held on {@code day} (open ends count as holding). */
  public boolean heldOn(LocalDate day) {
    return from.map(start -> !day.isBefore(start)).orElse(true) && to.map(end -> !day.isAfter(end)).orElse(true);
  }
}

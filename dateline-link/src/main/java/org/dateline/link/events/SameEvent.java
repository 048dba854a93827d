package org.dateline.link.events;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.Participant;

/**
 * Whether two reports, from articles of one story, tell of the same event: the same CAMEO root
 * class, the same source and target (either way round for a meeting or consultation, which both
 * sides hold), dates of which one refines the other ({@code 2024-07} and {@code 2024-07-11}) or
 * one unknown, places equal or one unknown, and the same footing: a fact (or its background
 * mention) does not merge with a claim, an intention or a threat.
 */
final class SameEvent {

  /** Roots whose acts both sides do alike: consulting, meeting. */
  private static final Set<String> MUTUAL_ROOTS = Set.of("04");

  private SameEvent() {}

  static boolean test(Event a, Event b) {
    return a.root().equals(b.root()) && sameActors(a, b) && compatible(a.date(), b.date())
        && compatibleOrAbsent(a.location(), b.location()) && sameFooting(a.mode(), b.mode());
  }

  private static boolean sameActors(Event a, Event b) {
    String a1 = a.actor1().actorId();
    Optional<String> a2 = a.actor2().map(Participant::actorId);
    String b1 = b.actor1().actorId();
    Optional<String> b2 = b.actor2().map(Participant::actorId);
    if (a1.equals(b1) && a2.equals(b2)) {
      return true;
    }
    return MUTUAL_ROOTS.contains(a.root()) && a2.isPresent() && b2.isPresent()
        && a1.equals(b2.get()) && b1.equals(a2.get());
  }

  /** Dates agree when unknown on one side or when one is a prefix of the other at a TIMEX3 boundary. */
  static boolean compatible(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    String shorter = a.get().length() <= b.get().length() ? a.get() : b.get();
    String longer = shorter == a.get() ? b.get() : a.get();
    return longer.startsWith(shorter)
        && (longer.length() == shorter.length() || !Character.isDigit(longer.charAt(shorter.length())));
  }

  private static boolean compatibleOrAbsent(Optional<String> a, Optional<String> b) {
    return a.isEmpty() || b.isEmpty() || Objects.equals(a, b);
  }

  private static boolean sameFooting(EventMode a, EventMode b) {
    return footing(a) == footing(b);
  }

  private static EventMode footing(EventMode mode) {
    return mode == EventMode.BACKGROUND ? EventMode.ASSERTED : mode;
  }
}

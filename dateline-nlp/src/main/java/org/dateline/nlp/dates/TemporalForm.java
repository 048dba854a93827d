package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.TimexType;

/**
 * What a time expression means, before it is pinned to a calendar: "weekday FRIDAY, past",
 * "shift -1 YEAR", "month MAY of an unknown year, nearest". Resolving it against the publication
 * date gives its TIMEX3 value; without that date, values that need it come out with X
 * placeholders ({@code XXXX-05-10}).
 */
sealed interface TemporalForm permits DatedForm, Reference, Length, Recurrence {

  /** The TIMEX3 type of the expression. */
  TimexType type();

  /** The TIMEX3 value, resolved against {@code anchor} where the form needs it. */
  String value(Optional<LocalDate> anchor);

  /** Whether the value depends on the publication date. */
  boolean needsAnchor();

  /** The meaning in a few words, for logs and tests. */
  String describe();
}

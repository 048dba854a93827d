package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;

/**
 * A time expression found in a text, with its meaning but not yet pinned to a calendar:
 * {@link #resolve(Optional)} turns it into a {@link TimeExpression} for a publication date, and
 * may be called again once a date is inferred.
 */
public final class TemporalMention {

  private final Span span;
  private final String text;
  private final TemporalForm form;
  private final boolean prospective;

  TemporalMention(Span span, String text, TemporalForm form, boolean prospective) {
    this.span = Objects.requireNonNull(span, "span");
    this.text = Objects.requireNonNull(text, "text");
    this.form = Objects.requireNonNull(form, "form");
    this.prospective = prospective;
  }

  /** Where it stands: character offsets into the text given to {@link TimeTagger#find}. */
  public Span span() {
    return span;
  }

  /** The expression as written. */
  public String text() {
    return text;
  }

  /** Its TIMEX3 type. */
  public TimexType type() {
    return form.type();
  }

  /** Whether its value depends on the publication date ("Friday" does, "May 10, 2021" does not). */
  public boolean needsAnchor() {
    return form.needsAnchor();
  }

  /** Its meaning in a few words: "weekday FRI, past", "shift -1 YEARS as YEAR", "fixed 2014". */
  public String describe() {
    return form.describe();
  }

  /**
   * Its TIMEX3 value for a publication date. Without one, parts that need it are X
   * ({@code XXXX-05-10}, {@code XXXX-WXX-5}, {@code XXXX}).
   */
  public TimeExpression resolve(Optional<LocalDate> anchor) {
    return new TimeExpression(span, text, form.type(), form.value(anchor));
  }

  TemporalForm form() {
    return form;
  }

  /** Whether the words around it speak of the future ("will be held on May 10, 2030"). */
  boolean prospective() {
    return prospective;
  }

  @Override
  public String toString() {
    return "'" + text + "' " + span.start() + ".." + span.end() + " (" + describe() + ")";
  }
}

package org.dateline.nlp.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.TimexType;

/**
 * A period named by reference to the date the text mentioned last: "that day", "the next day",
 * "later that year"; or to a day it names itself: "the day before Christmas". Without such a date
 * it falls back on the publication date. When the
 * antecedent is coarser than asked for, the finer parts are X ("that same day" after "last
 * October" is {@code 1998-10-XX}).
 *
 * @param unit the unit of the period and of the shift
 * @param shift how many units after the antecedent
 * @param part a part-of-day code, if the phrase names one ("the next morning")
 * @param antecedent the form of the date mentioned last, once the tagger has linked it, or of the
 *     day the phrase names
 */
record Anaphor(Unit unit, long shift, Optional<String> part, Optional<DatedForm> antecedent) implements DatedForm {

  /** The same phrase pointing at {@code form}. */
  Anaphor to(DatedForm form) {
    return new Anaphor(unit, shift, part, Optional.of(form));
  }

  @Override
  public Optional<Point> point(Optional<LocalDate> anchor) {
    return reference(anchor).filter(p -> !unit.grain().finerThan(p.grain())).map(this::shifted);
  }

  @Override
  public String value(Optional<LocalDate> anchor) {
    Optional<Point> reference = reference(anchor);
    String day;
    if (reference.isEmpty()) {
      day = unresolved();
    } else if (!unit.grain().finerThan(reference.get().grain())) {
      day = shifted(reference.get()).timex();
    } else {
      day = shift == 0 ? reference.get().timexAt(unit.grain()) : unresolved();
    }
    return day + part.map(code -> "T" + code).orElse("");
  }

  private Optional<Point> reference(Optional<LocalDate> anchor) {
    if (antecedent.isPresent()) {
      return antecedent.get().point(anchor);
    }
    return anchor.map(day -> new Point(day, Grain.DAY));
  }

  private Point shifted(Point reference) {
    return new Point(reference.date().plus(shift * unit.stepsPerUnit(), unit.step()), unit.grain());
  }

  @Override
  public String unresolved() {
    return unit.grain().unknown();
  }

  @Override
  public TimexType type() {
    return part.isPresent() ? TimexType.TIME : TimexType.DATE;
  }

  @Override
  public String describe() {
    return "anaphor " + unit + " " + shift + part.map(p -> " " + p).orElse("") + antecedent.map(a -> " of (" + a.describe() + ")").orElse(" of the publication date");
  }
}

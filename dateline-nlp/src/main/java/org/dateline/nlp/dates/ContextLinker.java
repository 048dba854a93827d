package org.dateline.nlp.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives expressions that lean on their context what they lean on: a clock time without a day
 * takes the day named nearest in its sentence (after it first: "10:35 a.m. (0735 GMT) Friday"),
 * and "that day", "the next day" take the date mentioned last ("the day before Christmas" names
 * its own).
 */
final class ContextLinker {

  private static final int CLOCK_REACH = 8;

  List<Rule.Match> link(Tokens t, List<Rule.Match> found) {
    List<Rule.Match> linked = new ArrayList<>(found);
    for (int k = 0; k < linked.size(); k++) {
      Rule.Match m = linked.get(k);
      if (m.form() instanceof ClockTime && !((ClockTime) m.form()).stated()) {
        int day = dayFor(t, linked, k);
        if (day >= 0) {
          linked.set(k, new Rule.Match(m.start(), m.end(), ((ClockTime) m.form()).on((DatedForm) linked.get(day).form())));
        }
      } else if (m.form() instanceof Anaphor && ((Anaphor) m.form()).antecedent().isEmpty()) {
        for (int j = k - 1; j >= 0; j--) {
          if (linked.get(j).form() instanceof DatedForm) {
            linked.set(k, new Rule.Match(m.start(), m.end(), ((Anaphor) m.form()).to((DatedForm) linked.get(j).form())));
            break;
          }
        }
      }
    }
    return linked;
  }

  private static int dayFor(Tokens t, List<Rule.Match> found, int k) {
    Rule.Match clock = found.get(k);
    for (int j = k + 1; j < found.size() && found.get(j).start() - clock.end() <= CLOCK_REACH; j++) {
      if (t.sameSentence(clock.start(), found.get(j).start()) && isDay(found.get(j).form())) {
        return j;
      }
    }
    for (int j = k - 1; j >= 0 && t.sameSentence(clock.start(), found.get(j).start()); j--) {
      if (isDay(found.get(j).form())) {
        return j;
      }
    }
    return -1;
  }

  /** Whether a form names a single day. */
  static boolean isDay(TemporalForm form) {
    if (form instanceof PartOfDay || form instanceof ClockTime && ((ClockTime) form).stated()) {
      return true;
    }
    if (form instanceof FixedDate) {
      return ((FixedDate) form).point().grain() == Grain.DAY;
    }
    if (form instanceof ShiftedDate) {
      return ((ShiftedDate) form).grain() == Grain.DAY;
    }
    if (form instanceof CyclicDate) {
      Cycle cycle = ((CyclicDate) form).cycle();
      return cycle instanceof Cycle.Weekday || cycle instanceof YearlyCycle.MonthDay || cycle instanceof YearlyCycle.HolidayOf;
    }
    return form instanceof InYear && ((InYear) form).cycle() instanceof YearlyCycle.MonthDay;
  }
}

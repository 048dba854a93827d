package org.dateline.nlp.dates;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Times of day: "10:35 a.m.", "10 p.m.", "4 in the morning", "11 o'clock", "noon", "14:30", with a
 * time zone ("4 a.m. EDT") and a day right after ("9 a.m. Tuesday", "10 p.m. yesterday"). A time
 * without its day gets one later, from its sentence (see {@link ContextLinker}).
 */
final class ClockRule implements Rule {

  private final Lexicon lexicon;
  private final TenseCues cues;
  private final List<Rule> days;

  /** @param days rules for the day that may follow the time (weekdays, "yesterday", dates) */
  ClockRule(Lexicon lexicon, TenseCues cues, List<Rule> days) {
    this.lexicon = lexicon;
    this.cues = cues;
    this.days = List.copyOf(days);
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    Optional<PhraseTable.Hit> word = lexicon.clockWords.longestAt(t, i).filter(h -> h.key().contains(":"));
    if (word.isPresent() && !(t.isCapitalized(i) && t.isCapitalized(i - 1) && !t.startsSentence(i))) {
      String[] hm = word.get().key().split(":");
      return Optional.of(withDay(t, i, word.get().end(), Integer.parseInt(hm[0]) % 24, Integer.parseInt(hm[1])));
    }
    if (!t.isNumber(i) || t.digits(i) > 2 || t.is(i - 1, ":") || (t.adjacent(i) && (t.is(i - 1, ".") || t.is(i - 1, "$")))) {
      return Optional.empty();
    }
    int hour = t.number(i);
    int minute = 0;
    int j = i + 1;
    boolean clock = false;
    if (t.is(j, ":") && t.adjacent(j) && t.digits(j + 1) == 2 && t.adjacent(j + 1)) {
      minute = t.number(j + 1);
      j += 2;
      clock = true;
    }
    Optional<PhraseTable.Hit> half = lexicon.clockWords.longestAt(t, j).filter(h -> !h.key().contains(":"));
    if (half.isPresent() && !half.get().key().equals("ZONE")) {
      boolean pm = half.get().key().equals("PM");
      if (half.get().key().equals("AM") || pm) {
        if (hour < 1 || hour > 12) {
          return Optional.empty();
        }
        hour = hour == 12 ? (pm ? 12 : 0) : hour + (pm ? 12 : 0);
      }
      j = half.get().end();
      clock = true;
    } else if (t.is(j, "in") && t.is(j + 1, "the") && lexicon.partsOfDay.longestAt(t, j + 2).isPresent()) {
      String part = lexicon.partsOfDay.longestAt(t, j + 2).get().key();
      hour = part.equals("MO") || hour >= 12 ? hour : hour + 12;
      j = lexicon.partsOfDay.longestAt(t, j + 2).get().end();
      clock = true;
    }
    if (!clock || hour > 24 || minute > 59 || (hour == 24 && minute > 0)) {
      return Optional.empty();
    }
    return Optional.of(withDay(t, i, j, hour % 24, minute));
  }

  private Match withDay(Tokens t, int i, int j, int hour, int minute) {
    LocalTime time = LocalTime.of(hour, minute);
    int end = lexicon.clockWords.longestAt(t, j).filter(h -> h.key().equals("ZONE")).map(PhraseTable.Hit::end).orElse(j);
    for (Rule rule : days) {
      Optional<Match> day = rule.match(t, end).filter(m -> m.form() instanceof DatedForm);
      if (day.isPresent()) {
        DatedForm form = (DatedForm) day.get().form();
        DatedForm date = form instanceof PartOfDay ? ((PartOfDay) form).day() : form;
        return new Match(i, day.get().end(), new ClockTime(withTenseOf(t, i, end, day.get().end(), date), time, true));
      }
    }
    return new Match(i, end, new ClockTime(new ShiftedDate(ChronoUnit.DAYS, 0, Grain.DAY), time, false));
  }

  /** A bare weekday after a time takes its direction from the words around the whole expression. */
  private DatedForm withTenseOf(Tokens t, int start, int dayStart, int end, DatedForm day) {
    if (day instanceof CyclicDate && ((CyclicDate) day).cycle() instanceof Cycle.Weekday && lexicon.weekdays.longestAt(t, dayStart).isPresent()) {
      return new CyclicDate(((CyclicDate) day).cycle(), TenseCues.direction(cues.around(t, start, end), Direction.PAST));
    }
    return day;
  }
}

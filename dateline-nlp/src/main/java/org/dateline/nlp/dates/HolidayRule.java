package org.dateline.nlp.dates;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Holidays of {@code holidays.txt}: "Thanksgiving Day", "last Thanksgiving", "Christmas 2020",
 * "Easter week" (the week that holds Easter Sunday).
 */
final class HolidayRule implements Rule {

  private final Lexicon lexicon;
  private final TenseCues cues;
  private final YearReader years;

  HolidayRule(Lexicon lexicon, TenseCues cues, YearReader years) {
    this.lexicon = lexicon;
    this.cues = cues;
    this.years = years;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    Optional<PhraseTable.Hit> shift = lexicon.relativePeriods.longestAt(t, i);
    int k = shift.map(PhraseTable.Hit::end).orElse(i);
    Optional<PhraseTable.Hit> name = lexicon.holidays.longestAt(t, k);
    if (name.isEmpty() || !(t.isCapitalized(k) || t.is(k, "the"))) {
      return Optional.empty();
    }
    HolidayDate date = HolidayDate.parse(name.get().key());
    int end = name.get().end();
    int y = t.is(end, ",") ? end + 1 : end;
    OptionalInt year = years.plainYear(t, y);
    if (shift.isEmpty() && year.isPresent()) {
      return Optional.of(new Match(i, y + 1, new FixedDate(new Point(date.in(year.getAsInt()), Grain.DAY))));
    }
    String words = t.text().substring(t.get(k).start(), t.get(end - 1).end());
    Direction direction = shift.map(s -> Direction.ofShift(s.key(), Direction.NEAREST))
        .orElseGet(() -> TenseCues.direction(cues.around(t, i, end), Direction.NEAREST));
    DatedForm day = new CyclicDate(new YearlyCycle.HolidayOf(words, date), direction);
    if (t.is(end, "week") && t.isCapitalized(k)) {
      return Optional.of(new Match(i, end + 1, new WeekOf(day)));
    }
    return Optional.of(new Match(i, end, day));
  }
}

package org.dateline.nlp.dates;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Seasons: "last fall" (1998-FA), "summer 2020", "the fall of 1998", "spring last year", and a
 * bare season after a preposition ("in the spring"). "the fall of Saigon" and "Arab Spring" are
 * not seasons.
 */
final class SeasonRule implements Rule {

  /** Words a bare season follows. */
  private static final Set<String> BEFORE_BARE = Set.of("in", "during", "since", "until", "by", "through", "before", "after", "early", "late", "mid", "this", "that", "last", "next", "-");

  private final Lexicon lexicon;
  private final TenseCues cues;
  private final YearReader years;

  SeasonRule(Lexicon lexicon, TenseCues cues, YearReader years) {
    this.lexicon = lexicon;
    this.cues = cues;
    this.years = years;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    Optional<PhraseTable.Hit> shift = lexicon.relativePeriods.longestAt(t, i);
    int k = shift.map(PhraseTable.Hit::end).orElse(i);
    Optional<PhraseTable.Hit> name = lexicon.seasons.longestAt(t, k);
    int before = t.is(i - 1, "the") ? i - 2 : i - 1;
    if (name.isEmpty() || (shift.isEmpty() && !BEFORE_BARE.contains(t.lower(before)))) {
      return Optional.empty();
    }
    Season season = Season.valueOf(name.get().key());
    int end = name.get().end();
    int y = t.is(end, "of") || t.is(end, ",") ? end + 1 : end;
    OptionalInt year = years.plainYear(t, y);
    if (shift.isEmpty() && year.isPresent()) {
      return Optional.of(new Match(i, y + 1, new FixedDate(season.in(year.getAsInt()))));
    }
    if (t.is(end, "of")) {
      return Optional.empty();
    }
    YearlyCycle cycle = new YearlyCycle.SeasonOf(season);
    if (shift.isEmpty()) {
      Optional<PhraseTable.Hit> yearShift = lexicon.relativePeriods.longestAt(t, end);
      if (yearShift.isPresent() && t.is(yearShift.get().end(), "year")) {
        return Optional.of(new Match(i, yearShift.get().end() + 1, new InYear(cycle, Direction.shift(yearShift.get().key()))));
      }
    }
    Direction direction = shift.map(s -> Direction.ofShift(s.key(), Direction.NEAREST))
        .orElseGet(() -> TenseCues.direction(cues.around(t, i, end), Direction.NEAREST));
    return Optional.of(new Match(i, end, new CyclicDate(cycle, direction)));
  }
}

package org.dateline.nlp.dates;

import java.util.Optional;

/** "the week of March 6": the week that holds a date. */
final class WeekOfRule implements Rule {

  private final Rule dates;

  WeekOfRule(Rule dates) {
    this.dates = dates;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    if (!(t.is(i, "the") && t.is(i + 1, "week") && t.is(i + 2, "of"))) {
      return Optional.empty();
    }
    return dates.match(t, i + 3)
        .filter(m -> m.form() instanceof DatedForm)
        .map(m -> new Match(i, m.end(), new WeekOf((DatedForm) m.form())));
  }
}

package org.dateline.nlp.dates;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Lengths of time: "three days" (P3D), "24 hours" (PT24H), "a decade" (P10Y), "16-hour" (PT16H),
 * "5 1/2 hours" (PT5H30M), "an hour and a half", "several months" (PXM), "the past three weeks"
 * (P3W), "recent years" and "for years" (PXY), "decades-long" (PXY). Ages ("a 10-year-old",
 * "44 years old") are not time expressions and are left alone.
 */
final class DurationRule implements Rule {

  /** Words after which a bare plural unit is a length of time: "for years", "within hours". */
  private static final Set<String> BEFORE_BARE_PLURAL = Set.of("for", "within", "in", "after", "over");

  private final Lexicon lexicon;
  private final NumberReader numbers;

  DurationRule(Lexicon lexicon, NumberReader numbers) {
    this.lexicon = lexicon;
    this.numbers = numbers;
  }

  @Override
  public Optional<Match> match(Tokens t, int i) {
    boolean the = t.is(i, "the");
    int j = the ? i + 1 : i;
    Optional<PhraseTable.Hit> stretch = modifier(t, j, "STRETCH");
    if (the && stretch.isEmpty()) {
      return Optional.empty();
    }
    j = stretch.map(PhraseTable.Hit::end).orElse(j);
    Optional<NumberReader.Amount> amount = numbers.read(t, j);
    j = amount.map(NumberReader.Amount::end).orElse(j);
    j = modifier(t, j, "FILLER").map(PhraseTable.Hit::end).orElse(j);
    boolean hyphen = t.is(j, "-") && t.adjacent(j) && t.adjacent(j + 1);
    Optional<PhraseTable.Hit> unitHit = lexicon.units.longestAt(t, hyphen ? j + 1 : j);
    if (unitHit.isEmpty() || (hyphen && amount.isEmpty() && !isLong(t, unitHit.get().end()))) {
      return Optional.empty();
    }
    Unit unit = Unit.ofKey(unitHit.get().key()).orElseThrow();
    boolean plural = Unit.isPluralKey(unitHit.get().key());
    int end = unitHit.get().end();
    int unitAt = unitHit.get().end() - 1;
    boolean title = t.isCapitalized(unitAt) && !t.startsSentence(unitAt);
    if (unit == Unit.WEEKEND || unit == Unit.QUARTER || title || isAge(t, end) || t.is(end, "ago")) {
      return Optional.empty();
    }
    OptionalDouble value = amount.map(NumberReader.Amount::value).orElse(OptionalDouble.empty());
    if (amount.isEmpty() && !plural && isLong(t, end)) {
      value = OptionalDouble.of(1);
    } else if (amount.isEmpty() && !(plural && (stretch.isPresent() || BEFORE_BARE_PLURAL.contains(t.lower(i - 1)) || isLong(t, end)))) {
      return Optional.empty();
    }
    if (amount.isPresent() && unit == Unit.SECOND && !plural && (t.is(amount.get().end() - 1, "a") || t.is(amount.get().end() - 1, "one"))) {
      return Optional.empty();
    }
    if (isLong(t, end) && amount.isPresent() && amount.get().end() == i + 1 && (t.is(i, "a") || t.is(i, "an"))) {
      return Optional.empty();
    } else if (isLong(t, end)) {
      end += 2;
    } else if (value.isPresent() && t.is(end, "and") && t.is(end + 1, "a") && t.is(end + 2, "half")) {
      value = OptionalDouble.of(value.getAsDouble() + 0.5);
      end += 3;
    }
    return Optional.of(new Match(i, end, new Length(unit.duration(value))));
  }

  private Optional<PhraseTable.Hit> modifier(Tokens t, int j, String key) {
    return lexicon.modifiers.longestAt(t, j).filter(h -> h.key().equals(key));
  }

  /** "-long" after a unit: "decades-long", "day-long". */
  private static boolean isLong(Tokens t, int end) {
    return t.is(end, "-") && t.adjacent(end) && t.is(end + 1, "long") && t.adjacent(end + 1);
  }

  /** "10-year-old", "44 years old", "six months of age". */
  private static boolean isAge(Tokens t, int end) {
    return t.is(end, "old") || (t.is(end, "-") && t.is(end + 1, "old")) || (t.is(end, "of") && t.is(end + 1, "age"));
  }
}

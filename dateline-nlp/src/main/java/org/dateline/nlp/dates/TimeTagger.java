package org.dateline.nlp.dates;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.Span;
import org.dateline.model.TimeExpression;
import org.jspecify.annotations.Nullable;

/**
 * Finds the time expressions of a text and normalizes them to TIMEX3 values relative to its
 * publication date. Pure Java over the raw text, linear in its length; instances are immutable
 * and safe to share between threads.
 *
 * <pre>{@code
 * TimeTagger tagger = TimeTagger.create();
 * tagger.tag("He left on Friday.", Optional.of(LocalDate.of(2021, 5, 23)));
 * // [TimeExpression[span=[11, 17), text=Friday, type=DATE, value=2021-05-21]]
 * }</pre>
 */
public final class TimeTagger {

  private static final Set<String> DATE_MODIFIERS = Set.of("START", "END", "MID");
  private static final Set<String> AMOUNT_MODIFIERS = Set.of("MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS");

  private final Lexicon lexicon;
  private final Tokenizer tokenizer;
  private final NumberReader numbers;
  private final TenseCues cues;
  private final List<Rule> rules;
  private final Set<String> firstWords;
  private final ContextLinker linker = new ContextLinker();

  private TimeTagger(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.tokenizer = new Tokenizer(lexicon.abbreviations::containsWord);
    this.numbers = new NumberReader(lexicon);
    this.firstWords = lexicon.firstWords();
    this.cues = new TenseCues(lexicon);
    YearReader years = new YearReader(lexicon);
    MonthDateRule monthDates = new MonthDateRule(lexicon, numbers, cues, years);
    WeekdayRule weekdays = new WeekdayRule(lexicon, cues, monthDates);
    RelativeDayRule relativeDays = new RelativeDayRule(lexicon);
    HolidayRule holidays = new HolidayRule(lexicon, cues, years);
    this.rules = List.of(
        new AnaphorRule(lexicon),
        new WeekOfRule(monthDates),
        holidays,
        monthDates,
        new NumericDateRule(),
        weekdays,
        new ClockRule(lexicon, cues, List.of(weekdays, relativeDays, monthDates)),
        new NeighborDayRule(List.of(weekdays, relativeDays, monthDates, holidays)),
        relativeDays,
        new RelativePeriodRule(lexicon, cues),
        new AgoRule(lexicon, numbers),
        new FrequencyRule(lexicon, numbers),
        new DurationRule(lexicon, numbers),
        new SeasonRule(lexicon, cues, years),
        new QuarterRule(lexicon, numbers, cues, years),
        new YearRule(lexicon, numbers, years),
        new DayContinuationRule(lexicon, numbers, cues, years),
        new ReferenceRule(lexicon));
  }

  /** A tagger with the bundled word lists. */
  public static TimeTagger create() {
    return new TimeTagger(Lexicon.standard());
  }

  /**
   * A tagger with the bundled word lists plus those in {@code wordLists}: files named like the
   * bundled ones ({@code months.txt}, {@code holidays.txt}, ...) add their lines to them.
   *
   * @throws IllegalArgumentException if {@code wordLists} is not a directory or a file in it is
   *     malformed (the message names the file and line)
   */
  public static TimeTagger create(Path wordLists) {
    return new TimeTagger(Lexicon.extendedBy(wordLists));
  }

  /**
   * The time expressions of {@code text}, in text order, not overlapping, with their TIMEX3 values
   * resolved against {@code anchor}, the publication date. Without it, values that need it carry X
   * placeholders ({@code XXXX-05-10}); call again once a date is inferred, or keep the result of
   * {@link #find} and {@link TemporalMention#resolve} it.
   */
  public List<TimeExpression> tag(String text, Optional<LocalDate> anchor) {
    Objects.requireNonNull(anchor, "anchor");
    return find(text).stream().map(m -> m.resolve(anchor)).toList();
  }

  /** The time expressions of {@code text}, in text order, with their meaning but unresolved. */
  public List<TemporalMention> find(String text) {
    Objects.requireNonNull(text, "text");
    Tokens t = tokenizer.tokenize(text);
    List<Rule.Match> found = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      if (!t.isNumber(i) && !firstWords.contains(t.lower(i))) {
        i++;
        continue;
      }
      Optional<Rule.Match> match = best(t, i);
      if (match.isPresent()) {
        found.add(match.get());
        i = match.get().end();
      } else {
        i++;
      }
    }
    List<TemporalMention> mentions = new ArrayList<>(found.size());
    for (Rule.Match m : linker.link(t, found)) {
      boolean prospective = m.form() instanceof FixedDate && cues.around(t, m.start(), m.end()).map(c -> c == TenseCues.Cue.FUTURE).orElse(false);
      Span span = t.span(m.start(), m.end());
      mentions.add(new TemporalMention(span, span.slice(text), m.form(), prospective));
    }
    return List.copyOf(mentions);
  }

  /** The longest expression at token {@code i}, a leading modifier ("late", "at least") included. */
  private Optional<Rule.Match> best(Tokens t, int i) {
    Optional<Rule.Match> direct = longest(t, i);
    Optional<PhraseTable.Hit> modifier = lexicon.modifiers.longestAt(t, i)
        .filter(h -> DATE_MODIFIERS.contains(h.key()) || AMOUNT_MODIFIERS.contains(h.key()));
    if (modifier.isEmpty()) {
      return direct;
    }
    int k = modifier.get().end();
    k = t.is(k, "-") && t.adjacent(k) ? k + 1 : k;
    boolean amount = AMOUNT_MODIFIERS.contains(modifier.get().key());
    int inner = k;
    Optional<Rule.Match> modified = longest(t, k)
        .filter(m -> amount ? numbers.read(t, inner).isPresent() && (m.form() instanceof Length || m.form() instanceof ShiftedDate) : m.form() instanceof DatedForm)
        .map(m -> new Rule.Match(i, m.end(), m.form()));
    if (modified.isPresent() && (direct.isEmpty() || modified.get().length() > direct.get().length())) {
      return modified;
    }
    return direct;
  }

  private Optional<Rule.Match> longest(Tokens t, int i) {
    Rule.@Nullable Match best = null;
    for (Rule rule : rules) {
      Optional<Rule.Match> m = rule.match(t, i);
      if (m.isPresent() && (best == null || m.get().length() > best.length())) {
        best = m.get();
      }
    }
    return Optional.ofNullable(best);
  }
}

package org.dateline.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.dateline.model.TimeExpression;
import org.junit.jupiter.api.Test;

/**
 * Random publication dates and phrases: the resolved values must agree with calendar arithmetic.
 * The seed is printed with every failure; set {@code -Ddates.seed=N} to replay one.
 */
class TimeTaggerRandomizedTest {

  private static final TimeTagger TAGGER = TimeTagger.create();
  private static final long SEED = Long.getLong("dates.seed", System.nanoTime());
  private static final String[] NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};

  @Test
  void relativeExpressionsAgreeWithCalendarArithmetic() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int round = 0; round < 500; round++) {
      LocalDate anchor = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 100));
      int n = 1 + random.nextInt(12);
      String number = random.nextBoolean() ? Integer.toString(n) : NUMBERS[n - 1];
      DayOfWeek weekday = DayOfWeek.of(1 + random.nextInt(7));
      String day = weekday.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String why = "seed " + SEED + ", anchor " + anchor + ", n " + n + ", " + day;

      assertThat(value("It happened yesterday.", anchor)).as(why).isEqualTo(anchor.minusDays(1).toString());
      assertThat(value("It happens tomorrow.", anchor)).as(why).isEqualTo(anchor.plusDays(1).toString());
      assertThat(value("It happened " + number + " days ago.", anchor)).as(why).isEqualTo(anchor.minusDays(n).toString());
      assertThat(value("It happened " + number + " years ago.", anchor)).as(why).isEqualTo(Integer.toString(anchor.getYear() - n));
      assertThat(value("It happened last year.", anchor)).as(why).isEqualTo(Integer.toString(anchor.getYear() - 1));
      assertThat(value("It happens next month.", anchor)).as(why).isEqualTo(anchor.plusMonths(1).toString().substring(0, 7));
      assertThat(value("It lasted " + number + " weeks.", anchor)).as(why).isEqualTo("P" + n + "W");

      LocalDate past = LocalDate.parse(value("It happened on " + day + ".", anchor));
      assertThat(past.getDayOfWeek()).as(why).isEqualTo(weekday);
      assertThat(ChronoUnit.DAYS.between(past, anchor)).as(why).isBetween(0L, 6L);

      LocalDate ahead = LocalDate.parse(value("It will happen on " + day + ".", anchor));
      assertThat(ahead.getDayOfWeek()).as(why).isEqualTo(weekday);
      assertThat(ChronoUnit.DAYS.between(anchor, ahead)).as(why).isBetween(0L, 6L);

      LocalDate last = LocalDate.parse(value("It happened last " + day + ".", anchor));
      assertThat(ChronoUnit.DAYS.between(last, anchor)).as(why).isBetween(1L, 7L);

      LocalDate next = LocalDate.parse(value("It happens next " + day + ".", anchor));
      assertThat(ChronoUnit.DAYS.between(anchor, next)).as(why).isBetween(1L, 7L);

      LocalDate date = anchor.plusDays(random.nextInt(361) - 180);
      String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      if (date.getMonthValue() != 2 || date.getDayOfMonth() != 29) {
        assertThat(value("Talks are on " + month + " " + date.getDayOfMonth() + " in Rome.", anchor)).as(why + ", " + date).isEqualTo(date.toString());
      }
    }
  }

  @Test
  void tagsWordSaladWithoutErrorsAndWithSpansThatSliceBack() {
    String[] words = {"the", "a", "last", "next", "May", "may", "10", "2021", ",", ".", "-", "'", "s", "of", "Friday", "night", "ago",
        "years", "three", "twenty", "at", "least", "a.m.", "10:35", "since", "early", "mid", "1990s", "every", "other", "week", "that",
        "day", "the", "past", "Thanksgiving", "Q3", "1/2", "5", "/", "said", "will", "\n", "Jan.", "fall", "of", "(", ")", "$", "1,998"};
    SplittableRandom random = new SplittableRandom(SEED);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(60); n > 0; n--) {
        text.append(words[random.nextInt(words.length)].replace("\\n", "\n")).append(random.nextInt(4) == 0 ? "" : " ");
      }
      Optional<LocalDate> anchor = random.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(1900, 1, 1).plusDays(random.nextInt(365 * 200)));
      List<TimeExpression> found = TAGGER.tag(text.toString(), anchor);
      int end = 0;
      for (TimeExpression e : found) {
        assertThat(e.span().start()).as("seed %d: overlap in '%s'", SEED, text).isGreaterThanOrEqualTo(end);
        assertThat(e.span().slice(text.toString())).as("seed %d", SEED).isEqualTo(e.text());
        end = e.span().end();
      }
    }
  }

  private static String value(String text, LocalDate anchor) {
    List<TimeExpression> found = TAGGER.tag(text, Optional.of(anchor));
    assertThat(found).as("seed " + SEED + ": '" + text + "' at " + anchor).hasSize(1);
    return found.get(0).value();
  }
}

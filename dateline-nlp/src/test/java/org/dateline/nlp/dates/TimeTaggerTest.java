package org.dateline.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.TimeExpression;
import org.dateline.model.TimexType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeTaggerTest {

  private static final TimeTagger TAGGER = TimeTagger.create();
  /** A Sunday. */
  private static final Optional<LocalDate> SUNDAY = Optional.of(LocalDate.of(2021, 5, 23));

  @Test
  void resolvesBareWeekdayToThePastWeek() {
    assertThat(values("The envoy arrived on Tuesday for talks.", SUNDAY)).containsExactly("2021-05-18");
  }

  @Test
  void resolvesWeekdayOfThePublicationDayToThatDay() {
    assertThat(values("Officials said Sunday that the road was open.", SUNDAY)).containsExactly("2021-05-23");
  }

  @Test
  void resolvesWeekdayAheadWhenTheSentenceSpeaksOfTheFuture() {
    assertThat(values("The envoy will arrive on Tuesday for talks.", SUNDAY)).containsExactly("2021-05-25");
    assertThat(values("The envoy is to arrive Tuesday for talks.", SUNDAY)).containsExactly("2021-05-25");
    assertThat(values("The vote is planned for Tuesday in the assembly.", SUNDAY)).containsExactly("2021-05-25");
  }

  @Test
  void resolvesWeekdayAfterSinceStrictlyBeforeThePublicationDay() {
    assertThat(values("Ten people have died since Sunday in the clashes.", SUNDAY)).containsExactly("2021-05-16");
  }

  @Test
  void takesTheFutureCueNearestTheWeekdayOverAnEarlierPastOne() {
    assertThat(values("The minister said Friday that she will travel Thursday.", SUNDAY)).containsExactly("2021-05-21", "2021-05-27");
  }

  @Test
  void doesNotReadAPassiveParticipleAsPast() {
    assertThat(values("The summit would be held on June 3 in Geneva.", SUNDAY)).containsExactly("2021-06-03");
  }

  @Test
  void leavesXPlaceholdersWithoutAnAnchor() {
    List<TimeExpression> found = TAGGER.tag("On Friday, May 10, and in May last year; for three days, on May 10, 2021.", Optional.empty());
    assertThat(found).extracting(TimeExpression::value)
        .containsExactly("XXXX-05-10", "XXXX-05", "P3D", "2021-05-10");
    assertThat(TAGGER.tag("He left on Friday, not last week.", Optional.empty())).extracting(TimeExpression::value)
        .containsExactly("XXXX-WXX-5", "XXXX-WXX");
  }

  @Test
  void resolvesFoundMentionsAgainOnceADateIsInferred() {
    List<TemporalMention> mentions = TAGGER.find("The ceasefire began on Friday, a year after the last war.");
    assertThat(mentions).extracting(TemporalMention::needsAnchor).containsExactly(true, false);
    assertThat(mentions.get(0).describe()).isEqualTo("weekday FRI, past");
    assertThat(mentions.get(0).resolve(Optional.empty()).value()).isEqualTo("XXXX-WXX-5");
    assertThat(mentions.get(0).resolve(SUNDAY).value()).isEqualTo("2021-05-21");
  }

  @Test
  void readsNumberWords() {
    assertThat(values("It took twenty-four hours, a couple of days, then one hundred days.", SUNDAY))
        .containsExactly("PT24H", "P2D", "P100D");
  }

  @Test
  void typesDurationsSetsTimesAndDates() {
    List<TimeExpression> found = TAGGER.tag("Every week for three days, each year, Saturday night, in 1979.", SUNDAY);
    assertThat(found).extracting(TimeExpression::type)
        .containsExactly(TimexType.SET, TimexType.DURATION, TimexType.SET, TimexType.TIME, TimexType.DATE);
  }

  @Test
  void spansFollowTheTempEvalExtent() {
    assertThat(texts("Fighting has gone on since last October.")).containsExactly("last October");
    assertThat(texts("It began with Thursday's raid.")).containsExactly("Thursday");
    assertThat(texts("Prices rose in the late 1980s.")).containsExactly("late 1980s");
    assertThat(texts("It lasted at least 72 hours.")).containsExactly("at least 72 hours");
    assertThat(texts("Over the past three weeks, prices fell.")).containsExactly("the past three weeks");
    assertThat(texts("It was earlier this week.")).containsExactly("this week");
  }

  @Test
  void givesAClockTimeTheDayNamedInItsSentence() {
    assertThat(values("The blast came at about 10:35 a.m. (0735 GMT) Friday.", SUNDAY))
        .containsExactly("2021-05-21T10:35", "2021-05-21");
  }

  @Test
  void pointsThatDayAtTheDateMentionedLast() {
    assertThat(values("The army entered the city on May 10. Later that day it left; the next morning it returned.", SUNDAY))
        .containsExactly("2021-05-10", "2021-05-10", "2021-05-11TMO");
    assertThat(values("He was last seen in October 1998. That same day his car was found.", SUNDAY))
        .containsExactly("1998-10", "1998-10-XX");
    assertThat(values("Sales rose in 2019, against a fall a year earlier.", SUNDAY)).containsExactly("2019", "2018");
  }

  @Test
  void doesNotTakeAgesOrNamesForTime() {
    assertThat(TAGGER.tag("Theresa May praised the 10-year-old girl, 44 years old in spirit.", SUNDAY)).isEmpty();
  }

  @Test
  void learnsWordsFromAFolderOfExtraLists(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("holidays.txt"), "# a local holiday\n03-21 = nowruz\n");
    TimeTagger extended = TimeTagger.create(dir);
    assertThat(extended.tag("Families met at Nowruz.", SUNDAY)).extracting(TimeExpression::value).containsExactly("2021-03-21");
    assertThat(TAGGER.tag("Families met at Nowruz.", SUNDAY)).isEmpty();
  }

  @Test
  void namesTheFileAndLineOfAMalformedWordList(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("months.txt"), "13 = undecember\n");
    assertThatThrownBy(() -> TimeTagger.create(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("months.txt:")
        .hasMessageContaining("'13'");
  }

  private static List<String> values(String text, Optional<LocalDate> anchor) {
    return TAGGER.tag(text, anchor).stream().map(TimeExpression::value).toList();
  }

  private static List<String> texts(String text) {
    return TAGGER.tag(text, SUNDAY).stream().map(TimeExpression::text).toList();
  }
}

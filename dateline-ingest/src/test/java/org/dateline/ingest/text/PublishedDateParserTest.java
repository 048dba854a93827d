package org.dateline.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateParserTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "May 17, 2021", "May 17 2021", "17 May 2021", "2021-05-17", "Monday, May 17, 2021",
      "Mon, May 17, 2021", "May 17, 2021 10:32 AM", "May 17, 2021 at 10:32 am",
      "17 May 2021, 14:05 GMT", "2021-05-17T14:05:00Z", "2021-05-17 14:05", "Published: May 17, 2021",
      "17th May 2021", "Monday 17 May 2021", "MAY 17, 2021"})
  void readsDateLines(String line) {
    assertThat(PublishedDateParser.parse(line)).contains(LocalDate.of(2021, 5, 17));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sept. 5, 2021", "Sep 5, 2021", "September 5, 2021", "5 Sept 2021"})
  void readsAbbreviatedMonths(String line) {
    assertThat(PublishedDateParser.parse(line)).contains(LocalDate.of(2021, 9, 5));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "February 30, 2021", "Mayday 17, 2021", "2021-13-01", "May 2021", "On May 17, 2021 the port closed.",
      "The port closed on May 17, 2021", ""})
  void rejectsWhatIsNotADateLine(String line) {
    assertThat(PublishedDateParser.parse(line)).isEmpty();
  }
}

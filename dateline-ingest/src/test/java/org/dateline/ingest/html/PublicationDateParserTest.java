package org.dateline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2026-03-03T23:30:00-05:00       | 2026-03-03",
      "2026-03-04T01:30:00+09:00       | 2026-03-04",
      "Tue, 03 Mar 2026 23:30:00 -0500 | 2026-03-03",
      "March 3, 2026                   | 2026-03-03",
      "Sept. 9, 2025                   | 2025-09-09",
      "3rd March 2026                  | 2026-03-03",
      "Tuesday 3 March 2026 14.05 GMT  | 2026-03-03",
      "2026/03/03                      | 2026-03-03",
      "20260303                        | 2026-03-03",
  })
  void readsTheDateAsWrittenWithoutShiftingTimeZones(String written, LocalDate expected) {
    assertThat(PublicationDateParser.parse(written)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"03/04/2026", "2026-02-30", "yesterday", "", "Room 2026"})
  void readsNothingFromAmbiguousOrImpossibleDates(String written) {
    assertThat(PublicationDateParser.parse(written)).isEmpty();
  }
}

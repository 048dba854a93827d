package org.dateline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelineFinderTest {

  private final DatelineFinder finder = new DatelineFinder(Vocabulary.bundled());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "TEHRAN- According to the ministry, talks went well.|TEHRAN",
      "TEHRAN — The ministry said on Sunday.|TEHRAN",
      "WASHINGTON (Reuters) - The Senate voted.|WASHINGTON",
      "NAIROBI, Kenya (AP) _ Heavy rain fell.|NAIROBI",
      "NAIROBI, Kenya (AP) _|NAIROBI",
      "SAN JOSE, Costa Rica -- Officials said.|SAN JOSE",
      "Tehran, May 13 (IRNA) - The minister said.|Tehran",
      "ST. PETERSBURG – The river froze.|ST. PETERSBURG"})
  void findsDatelinePlace(String line, String place) {
    assertThat(finder.find(line).flatMap(Dateline::place)).contains(place);
  }

  @Test
  void creditsTheAgencyInParentheses() {
    Optional<Dateline> found = finder.find("WASHINGTON (Reuters) - The Senate voted.");
    assertThat(found.map(Dateline::credits)).contains(List.of("Reuters"));
    assertThat(found.map(Dateline::length)).contains("WASHINGTON (Reuters) -".length());
  }

  @Test
  void findsAgencyOnlyDateline() {
    Optional<Dateline> found = finder.find("(CNN) — The storm turned north.");
    assertThat(found.flatMap(Dateline::place)).isEmpty();
    assertThat(found.map(Dateline::credits)).contains(List.of("CNN"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The US-Iran talks resumed on Monday.", "Iran - the country said - would respond.",
      "BREAKING — The bridge has collapsed.", "NATO-led forces moved in.",
      "Officials said the road was closed.", "(photo) - a caption"})
  void ignoresOrdinaryOpenings(String line) {
    assertThat(finder.find(line)).isEmpty();
  }
}

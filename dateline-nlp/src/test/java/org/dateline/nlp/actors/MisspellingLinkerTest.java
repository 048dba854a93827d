package org.dateline.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MisspellingLinkerTest {

  @ParameterizedTest
  @CsvSource({"salami, salmai, 1", "morozov, mrozov, 1", "volkov, vlokov, 1", "volkov, volkov, 0",
      "harbi, hariri, 2", "abc, cba, 2"})
  void countsAdjacentSwapsAsOneEdit(String a, String b, int distance) {
    assertThat(MisspellingLinker.distance(a, b)).isEqualTo(distance);
  }
}

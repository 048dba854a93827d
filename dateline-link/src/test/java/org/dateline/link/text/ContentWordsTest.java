package org.dateline.link.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

  @Test
  void dropsStopWordsAndFoldsPlurals() {
    assertThat(ContentWords.english().contentWords("The earthquakes hit two cities, officials said."))
        .containsExactly("earthquake", "hit", "city", "official");
  }

  @Test
  void keepsWordsEndingInDoubleSAndNumbers() {
    assertThat(ContentWords.english().contentWords("Glass press 1990s")).containsExactly("glass", "press", "1990s");
  }

  @Test
  void joinsApostrophesIntoTheWord() {
    assertThat(ContentWords.words("Pelmo’s port didn't close")).containsExactly("pelmos", "port", "didnt", "close");
  }
}

package org.dateline.link.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecificWordsTest {

  private final SpecificWords specifics = new SpecificWords(ContentWords.english());

  @Test
  void keepsNamesAndNumbersButNotTheWordsOfTheEvent() {
    assertThat(specifics.specifics("A quake of magnitude 5.6 hit the town of Orsk on Monday, "
        + "killing 12 people, governor Tomas Reiter said."))
        .containsExactly("5.6", "orsk", "12", "tomas", "reiter");
  }

  @Test
  void doesNotTakeACapitalOpeningASentenceForAName() {
    assertThat(specifics.specifics("Rescuers reached Pelmo. Rescuers said the harbour held."))
        .containsExactly("pelmo");
  }

  @Test
  void doesNotTakeAHeadlineWordForANameWhenTheTextUsesItInLowerCase() {
    assertThat(specifics.specifics("Quake Damages Santerra Harbour\nThe quake damages the harbour and cuts power to 3,000 homes."))
        .containsExactly("santerra", "3000");
  }
}

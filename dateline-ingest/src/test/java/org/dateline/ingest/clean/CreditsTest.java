package org.dateline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CreditsTest {

  @Test
  void readsACreditLine() {
    assertThat(Credits.ofCreditLine("(HG, NWA)")).contains(List.of("HG", "NWA"));
    assertThat(Credits.ofCreditLine(" ( Reuters ) ")).contains(List.of("Reuters"));
  }

  @Test
  void rejectsParenthesesThatAreNotCredits() {
    assertThat(Credits.ofCreditLine("(see below)")).isEmpty();
    assertThat(Credits.ofCreditLine("(The mayor, who spoke for an hour, left early.)")).isEmpty();
    assertThat(Credits.ofCreditLine("HG, NWA")).isEmpty();
  }

  @Test
  void readsTheCreditClosingACaption() {
    assertThat(Credits.closingCaption("Ines Carvalho at the port office. (NWA)"))
        .contains(List.of("NWA"));
    assertThat(Credits.closingCaption("Crowds in the square. (Photo: Getty Images)"))
        .contains(List.of("Getty Images"));
  }

  @Test
  void needsASentenceBeforeTheCaptionCredit() {
    assertThat(Credits.closingCaption("Talks with the union (NWA)")).isEmpty();
  }
}

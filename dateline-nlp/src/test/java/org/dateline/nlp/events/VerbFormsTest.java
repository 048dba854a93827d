package org.dateline.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbFormsTest {

  private final VerbForms verbs = VerbForms.bundled();

  @Test
  void regularVerbsGetEveryForm() {
    assertThat(verbs.of("visit")).contains("visit", "visits", "visited", "visiting");
    assertThat(verbs.of("praise")).contains("praises", "praised", "praising").doesNotContain("praiseing");
    assertThat(verbs.of("deny")).contains("denies", "denied", "denying");
    assertThat(verbs.of("admit")).contains("admitted", "admitting");
    assertThat(verbs.of("stress")).contains("stresses", "stressed");
  }

  @Test
  void irregularVerbsComeFromTheTable() {
    assertThat(verbs.of("meet")).contains("met", "meets", "meeting");
    assertThat(verbs.of("be")).contains("was", "were", "been", "is");
    assertThat(verbs.of("withdraw")).contains("withdrew", "withdrawn");
  }
}

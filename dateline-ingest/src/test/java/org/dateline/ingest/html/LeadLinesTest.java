package org.dateline.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadLinesTest {

  @Test
  void takesBylineAndDateFromOneLine() {
    LeadLines.Lead lead = LeadLines.take(
        List.of("By Ana Sousa | Published 2 May 2025, 18:40", "The ferry left late."),
        Optional.empty());

    assertThat(lead.byline()).contains("Ana Sousa");
    assertThat(lead.published()).contains(LocalDate.of(2025, 5, 2));
    assertThat(lead.body()).containsExactly("The ferry left late.");
  }

  @Test
  void takesDateAndBylineFromPostedOnLine() {
    LeadLines.Lead lead = LeadLines.take(
        List.of("Posted on 19 December 2025 by Kit Penhallow", "The crew was honoured."),
        Optional.empty());

    assertThat(lead.byline()).contains("Kit Penhallow");
    assertThat(lead.published()).contains(LocalDate.of(2025, 12, 19));
    assertThat(lead.body()).containsExactly("The crew was honoured.");
  }

  @Test
  void removesUpdateLineWithoutTakingItAsPublished() {
    LeadLines.Lead lead = LeadLines.take(
        List.of("Updated: May 4, 2025 at 9:15 a.m. EDT", "The ferry left late."), Optional.empty());

    assertThat(lead.published()).isEmpty();
    assertThat(lead.removed()).containsExactly("Updated: May 4, 2025 at 9:15 a.m. EDT");
  }

  @Test
  void leavesSentencesThatOnlyStartLikeBylines() {
    List<String> body = List.of("By Tuesday, officials said the river had risen a full metre.",
        "By Noon the roads were closed.");

    LeadLines.Lead lead = LeadLines.take(body, Optional.empty());

    assertThat(lead.body()).isEqualTo(body);
    assertThat(lead.byline()).isEmpty();
  }

  @Test
  void looksOnlyAtTheFirstParagraphs() {
    List<String> body = List.of("One.", "Two.", "Three.", "Four.", "By Ana Sousa");

    assertThat(LeadLines.take(body, Optional.empty()).body()).isEqualTo(body);
  }
}

package org.dateline.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  private final TextCleaner cleaner = TextCleaner.standard();

  @Test
  void removesFurnitureLinesListedInTheDataFile() {
    CleanText clean = cleaner.clean("The bridge reopened on Tuesday.\n\nADVERTISEMENT\n\n"
        + "Traffic was light, police said.\n\n• Share on WhatsApp\nAll rights reserved.");
    assertThat(clean.text())
        .isEqualTo("The bridge reopened on Tuesday.\n\nTraffic was light, police said.");
    assertThat(clean.furniture())
        .containsExactly("ADVERTISEMENT", "• Share on WhatsApp", "All rights reserved.");
  }

  @Test
  void removesRelatedHeadlinesAfterARelatedHeading() {
    CleanText clean = cleaner.clean("Farmers in Vale Ardent began the harvest early.\n\n"
        + "Related articles\nDrought fears grow in the south\nGrain prices hit record\n\n"
        + "The co-operative expects a good year.");
    assertThat(clean.text()).isEqualTo(
        "Farmers in Vale Ardent began the harvest early.\n\nThe co-operative expects a good year.");
    assertThat(clean.furniture()).containsExactly(
        "Related articles", "Drought fears grow in the south", "Grain prices hit record");
  }

  @Test
  void keepsHeadlineLikeLastLineWithoutMarkerBelowIt() {
    CleanText clean = cleaner.clean("The museum reopens on Saturday.\n\nTickets from the front desk");
    assertThat(clean.text()).endsWith("Tickets from the front desk");
    assertThat(clean.furniture()).isEmpty();
  }

  @Test
  void removesClosingCreditLineAndCreditsIt() {
    CleanText clean = cleaner.clean("The strike ended on Friday.\n\n(Reuters/AFP)");
    assertThat(clean.text()).isEqualTo("The strike ended on Friday.");
    assertThat(clean.credits()).containsExactly("Reuters", "AFP");
    assertThat(clean.furniture()).containsExactly("(Reuters/AFP)");
  }

  @Test
  void takesAboutFooterWhenItsParagraphNamesTheSite() {
    CleanText clean = cleaner.clean("The vote was delayed.\n\nAbout Delta Ledger\n\n"
        + "Delta Ledger covers politics in the river provinces.");
    assertThat(clean.outlet()).contains("Delta Ledger");
    assertThat(clean.text()).isEqualTo("The vote was delayed.");
    assertThat(clean.furniture()).containsExactly(
        "About Delta Ledger", "Delta Ledger covers politics in the river provinces.");
  }

  @Test
  void keepsAboutHeadingWhoseParagraphIsAboutSomethingElse() {
    CleanText clean = cleaner.clean("The vote was delayed.\n\nAbout Town\n\n"
        + "Concerts resume in the old square next month.");
    assertThat(clean.outlet()).isEmpty();
    assertThat(clean.text()).contains("About Town");
  }

  @Test
  void findsAgencyPrefixInFirstParagraphsOnlyAndKeepsIt() {
    CleanText clean = cleaner.clean("KESTREL: The ministry announced new fares on Monday.\n\n"
        + "Second paragraph here.\n\nHERON: Third paragraph opening like a prefix.");
    assertThat(clean.credits()).containsExactly("KESTREL");
    assertThat(clean.text()).startsWith("KESTREL: The ministry");
  }

  @Test
  void ignoresLabelsThatAreNotAgencies() {
    CleanText clean = cleaner.clean("UPDATE: The ministry corrected the fares on Tuesday.");
    assertThat(clean.credits()).isEmpty();
  }

  @Test
  void reportsDatelineAndItsAgencyButKeepsItInText() {
    CleanText clean = cleaner.clean("OSLO (NTB) — The fjord ferry was cancelled on Monday.");
    assertThat(clean.dateline()).contains("OSLO");
    assertThat(clean.credits()).containsExactly("NTB");
    assertThat(clean.text()).startsWith("OSLO (NTB) — The fjord");
  }

  @Test
  void collapsesBlankRunsAndStripsLines() {
    CleanText clean = cleaner.clean("  First line.  \r\n\r\n\r\n\r\n\tSecond line.\r\n");
    assertThat(clean.text()).isEqualTo("First line.\n\nSecond line.");
  }

  @Test
  void returnsEmptyTextWhenAllIsFurniture() {
    CleanText clean = cleaner.clean("Share this\nBack to top");
    assertThat(clean.text()).isEmpty();
    assertThat(clean.furniture()).hasSize(2);
  }
}

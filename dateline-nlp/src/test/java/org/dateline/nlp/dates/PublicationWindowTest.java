package org.dateline.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.model.DateWindow;
import org.junit.jupiter.api.Test;

class PublicationWindowTest {

  private static final TimeTagger TAGGER = TimeTagger.create();

  private static Optional<DateWindow> infer(String text) {
    return PublicationWindow.infer(text, TAGGER.find(text));
  }

  @Test
  void takesTheLatestPastDateAsLowerBound() {
    DateWindow window = infer("The port opened in 1979. Strikes began on March 3, 2019, and the mayor resigned in 2014.").orElseThrow();
    assertThat(window.earliest()).isEqualTo(LocalDate.of(2019, 3, 3));
    assertThat(window.latest()).isAfter(LocalDate.of(2020, 1, 1));
    assertThat(window.why()).contains("March 3, 2019");
  }

  @Test
  void keepsAWiderWindowForAYearAlone() {
    DateWindow year = infer("Fighting has been the heaviest since 2014.").orElseThrow();
    DateWindow day = infer("Fighting began on March 3, 2014.").orElseThrow();
    assertThat(year.earliest()).isEqualTo(LocalDate.of(2014, 1, 1));
    assertThat(year.latest()).isAfter(day.latest());
    assertThat(year.confidence()).isLessThan(day.confidence());
  }

  @Test
  void ignoresDatesTheTextPutsInTheFuture() {
    DateWindow window = infer("The fair opened on May 2, 2019. The next one will be held on May 10, 2030.").orElseThrow();
    assertThat(window.earliest()).isEqualTo(LocalDate.of(2019, 5, 2));
  }

  @Test
  void fixesTheYearFromARelativeYearNextToTheYearItMeans() {
    DateWindow window = infer("The general was killed last year (2020) near the airport. The war began in 1980.").orElseThrow();
    assertThat(window.earliest()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(window.latest()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(window.why()).contains("'last year' restates '2020'");
  }

  @Test
  void findsNoWindowWithoutAStatedDate() {
    assertThat(infer("The ceasefire began on Friday, and the bombing on May 10 last year.")).isEmpty();
  }

  @Test
  void intersectsAgreeingEvidenceAndRefusesDisjointEvidence() {
    DateWindow a = new DateWindow(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 31), 0.6, "a");
    DateWindow b = new DateWindow(LocalDate.of(2024, 7, 11), LocalDate.of(2024, 8, 31), 0.5, "b");
    DateWindow c = new DateWindow(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), 0.9, "c");

    DateWindow both = PublicationWindow.intersect(a, b).orElseThrow();

    assertThat(both.earliest()).isEqualTo(LocalDate.of(2024, 7, 11));
    assertThat(both.latest()).isEqualTo(LocalDate.of(2024, 7, 31));
    assertThat(both.confidence()).isGreaterThan(0.6);
    assertThat(both.why()).isEqualTo("a; b");
    assertThat(PublicationWindow.intersect(a, c)).isEmpty();
  }
}

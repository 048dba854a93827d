package org.dateline.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.DateWindow;
import org.junit.jupiter.api.Test;

class PartnerWindowTest {

  private static final TimeTagger TAGGER = TimeTagger.create();
  /** A Monday. */
  private static final StoryPartner MONDAY_REPORT = new StoryPartner("wire-1", LocalDate.of(2025, 3, 10));

  private static DateWindow infer(String text, Optional<DateWindow> own) {
    return PartnerWindow.infer(TAGGER.find(text), MONDAY_REPORT, own);
  }

  @Test
  void weekdaysAreReadOnOrAfterThePartnersDateAndTheWindowStartsAtTheLatestOfThem() {
    DateWindow window = infer("The truce took hold on Friday. The envoy phoned both leaders on Saturday night.",
        Optional.empty());

    assertThat(window.earliest()).isEqualTo(LocalDate.of(2025, 3, 15)); // the Saturday after the Monday
    assertThat(window.latest()).isEqualTo(LocalDate.of(2025, 3, 17));
    assertThat(window.why()).contains("wire-1", "2025-03-10", "'Friday'");
  }

  @Test
  void theSameWeekdayAsThePartnersDateIsThatDay() {
    DateWindow window = infer("The delegation arrived on Monday.", Optional.empty());

    assertThat(window.earliest()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(window.latest()).isEqualTo(LocalDate.of(2025, 3, 12));
  }

  @Test
  void aWeekdayNamingADayTheDatedReportsNameIsThatDay() {
    StoryPartner friday = new StoryPartner("wire-2", LocalDate.of(2025, 3, 7), Set.of(LocalDate.of(2025, 3, 6)));
    DateWindow window = PartnerWindow.infer(TAGGER.find("The minister arrived on Thursday."), friday, Optional.empty());

    assertThat(window.earliest()).isEqualTo(LocalDate.of(2025, 3, 7));
    assertThat(window.latest()).isEqualTo(LocalDate.of(2025, 3, 9)); // "Thursday" is 2025-03-06 from every day of it
  }

  @Test
  void withoutDayRelativeWordsTheWindowFollowsThePartnersDate() {
    DateWindow window = infer("The dam was finished on May 2, 2019, and water rose in May.", Optional.empty());

    assertThat(window.earliest()).isEqualTo(LocalDate.of(2025, 3, 10));
    assertThat(window.latest()).isEqualTo(LocalDate.of(2025, 3, 12));
  }

  @Test
  void theArticlesOwnEvidenceNarrowsTheWindowAndWinsWhereTheyDisagree() {
    DateWindow own = new DateWindow(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 6, 1), 0.7, "own evidence");
    DateWindow narrowed = infer("Talks resumed.", Optional.of(own));
    assertThat(narrowed.earliest()).isEqualTo(LocalDate.of(2025, 3, 11));
    assertThat(narrowed.latest()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(narrowed.confidence()).isGreaterThan(own.confidence());

    DateWindow older = new DateWindow(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), 0.7, "a year ago");
    DateWindow kept = infer("Talks resumed.", Optional.of(older));
    assertThat(kept.earliest()).isEqualTo(older.earliest());
    assertThat(kept.latest()).isEqualTo(older.latest());
    assertThat(kept.why()).contains("disagrees");
  }
}

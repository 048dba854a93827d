package org.dateline.link.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.Participant;
import org.dateline.model.Span;
import org.junit.jupiter.api.Test;

class EventMergerTest {

  private static Event event(String id, String code, String actor1, String actor2, String date,
      EventMode mode) {
    Span span = new Span(0, 10);
    return new Event(id, code, new Participant(actor1, actor1, span),
        Optional.ofNullable(actor2).map(a -> new Participant(a, a, span)), Optional.ofNullable(date),
        Optional.empty(), span, span, 0.6, mode, Optional.empty());
  }

  private static Event fact(String id, String code, String actor1, String actor2, String date) {
    return event(id, code, actor1, actor2, date, EventMode.ASSERTED);
  }

  private static List<List<String>> ids(List<Event> reports) {
    return EventMerger.merge(reports, e -> e).stream().map(g -> g.stream().map(Event::id).toList()).toList();
  }

  @Test
  void twoOutletsReportingOneVisitGiveOneEventWithBothSources() {
    List<Event> reports = List.of(
        fact("a/e1", "042", "mira-halden", "sweden", "2025-03-06"),
        fact("b/e1", "042", "mira-halden", "sweden", "2025-03-06"),
        fact("b/e2", "111", "norway", "sweden", "2025-03-06"));

    assertThat(ids(reports)).containsExactly(List.of("a/e1", "b/e1"), List.of("b/e2"));
  }

  @Test
  void aCoarserOrMissingDateMergesButTwoDifferentDaysDoNot() {
    assertThat(ids(List.of(
        fact("a/e1", "190", "army", "rebels", "2025-03"),
        fact("b/e1", "190", "army", "rebels", "2025-03-06"),
        fact("c/e1", "190", "army", "rebels", null),
        fact("d/e1", "190", "army", "rebels", "2025-03-09"))))
        .containsExactly(List.of("a/e1", "b/e1", "c/e1"), List.of("d/e1"));
    assertThat(SameEvent.compatible(Optional.of("2025-03-1"), Optional.of("2025-03-15"))).isFalse();
  }

  @Test
  void aMeetingMatchesEitherWayRoundButAnAttackDoesNot() {
    assertThat(ids(List.of(
        fact("a/e1", "043", "halden", "kristersson", "2025-03-06"),
        fact("b/e1", "040", "kristersson", "halden", "2025-03-06")))).hasSize(1);
    assertThat(ids(List.of(
        fact("a/e1", "190", "army", "rebels", "2025-03-06"),
        fact("b/e1", "190", "rebels", "army", "2025-03-06")))).hasSize(2);
  }

  @Test
  void aClaimOrAnIntentionDoesNotMergeWithAFact() {
    assertThat(ids(List.of(
        fact("a/e1", "190", "army", "rebels", "2025-03-06"),
        event("b/e1", "190", "army", "rebels", "2025-03-06", EventMode.REPORTED),
        event("c/e1", "190", "army", "rebels", null, EventMode.BACKGROUND))))
        .containsExactly(List.of("a/e1", "c/e1"), List.of("b/e1"));
  }

  @Test
  void theCombinedEventKeepsTheFirstIdAndTakesTheMostSpecificCodeAndDate() {
    Event combined = EventMerger.combined(List.of(
        fact("a/e1", "040", "halden", "kristersson", "2025-03"),
        fact("b/e1", "042", "halden", "kristersson", "2025-03-06")));

    assertThat(combined.id()).isEqualTo("a/e1");
    assertThat(combined.code()).isEqualTo("042");
    assertThat(combined.date()).contains("2025-03-06");
    assertThat(combined.confidence()).isGreaterThan(0.6);
  }

  @Test
  void onlyASubCodeRefinesItsGeneralCode() {
    assertThat(EventMerger.refines("042", "040")).isTrue();
    assertThat(EventMerger.refines("0871", "087")).isTrue();
    assertThat(EventMerger.refines("040", "042")).isFalse();
    assertThat(EventMerger.refines("043", "042")).isFalse();
  }
}

package org.dateline.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.Participant;
import org.dateline.nlp.Annotator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event coder's rules on invented sentences, read by the whole language layer: what is
 * coded, what is not (negations, hypotheses, habits), intentions and threats, speech, background
 * and collective actors.
 */
class EventCoderIT {

  /** A Thursday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 6);

  private static Annotator annotator;

  @BeforeAll
  static void load() {
    annotator = Annotator.shared();
  }

  private static List<Event> events(String text) {
    Article article = Article.builder("t", text).published(PUBLISHED).build();
    return annotator.annotate(article).events();
  }

  private static String line(Event e) {
    return e.code() + " " + e.actor1().actorId() + " -> " + e.actor2().map(Participant::actorId).orElse("-")
        + " " + e.date().orElse("undated") + " " + e.mode();
  }

  @Test
  void aVisitIsCodedWithItsSourceTargetAndWeekdayDate() {
    List<Event> events = events("Foreign Minister Mira Halden visited Norway on Tuesday to discuss fishing quotas.");
    assertThat(events).extracting(EventCoderIT::line).contains("042 mira-halden -> norway 2025-03-04 ASSERTED");
    Event visit = events.get(0);
    assertThat(visit.sentence().slice("Foreign Minister Mira Halden visited Norway on Tuesday to discuss fishing quotas."))
        .startsWith("Foreign Minister");
  }

  @Test
  void thePlaceIsWhereTheEventHappenedNotWhereTheRestOfTheSentenceGoes() {
    assertThat(events("Mira Halden met Jonas Berg in Stockholm to discuss the Torne river dispute."))
        .singleElement().satisfies(e -> assertThat(e.location()).contains("stockholm"));
    assertThat(events("Norway attacked Sweden on Monday after protests in Oslo."))
        .singleElement().satisfies(e -> assertThat(e.location()).isEmpty());
  }

  @Test
  void aNegatedEventIsNotCoded() {
    assertThat(events("Mira Halden did not meet Jonas Berg during the summit in Oslo.")).isEmpty();
    assertThat(events("Sweden never recognized Kosovo, its foreign ministry said.")).isEmpty();
  }

  @Test
  void anIntentionIsCodedAsIntentNotAsTheActItself() {
    List<Event> events = events("Finland will continue to assist Ukraine, the government said on Monday.");
    assertThat(events).extracting(Event::code, Event::mode).containsExactly(org.assertj.core.groups.Tuple.tuple("033", EventMode.INTENDED));
  }

  @Test
  void aThreatToStrikeIsAThreatNotAnAttack() {
    List<Event> events = events("Armenia threatened to attack Azerbaijan if the talks failed.");
    assertThat(events).extracting(EventCoderIT::line).containsExactly("138 armenia -> azerbaijan 2025-03-06 INTENDED");
  }

  @Test
  void possibilitiesAndHabitsAreNotEvents() {
    assertThat(events("Norway could attack Sweden, analysts warned.")).isEmpty();
    assertThat(events("Norway has consistently praised Sweden for its climate policy.")).isEmpty();
  }

  @Test
  void aClaimAboutAThirdPartyIsTheSpeakersReportNotAFact() {
    List<Event> events = events("Jonas Berg said that Peru attacked Chile on Sunday.");
    assertThat(events).hasSize(1);
    Event claim = events.get(0);
    assertThat(claim.mode()).isEqualTo(EventMode.REPORTED);
    assertThat(claim.reportedBy()).isPresent();
    assertThat(claim.confidence()).isLessThan(0.9);
  }

  @Test
  void aSpeakersPledgeForTheirOwnSideIsTheSpeakersOwn() {
    List<Event> events = events("Mira Halden said: “We will provide aid to Ukraine as long as it takes.”");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).actor1().name()).contains("Halden");
    assertThat(events.get(0).code()).isEqualTo("033");
    assertThat(events.get(0).actor2().map(Participant::actorId)).contains("ukraine");
  }

  @Test
  void backgroundIsDatedByItsOwnClauseOrNotAtAll() {
    List<Event> dated = events("The unit was formerly led by Tomas Reyna, who was killed in a US airstrike near Kabul in March 2019.");
    assertThat(dated).extracting(EventCoderIT::line).containsExactly("186 united-states -> tomas-reyna 2019-03 BACKGROUND");
    assertThat(dated.get(0).location()).isPresent();
    List<Event> undated = events("The unit was formerly led by Tomas Reyna, who was assassinated by Chile.");
    assertThat(undated).extracting(EventCoderIT::line).containsExactly("186 chile -> tomas-reyna undated BACKGROUND");
  }

  @Test
  void collectiveAndDescriptiveNamesAreActors() {
    assertThat(events("Israeli troops attacked Lebanon on Wednesday.")).extracting(EventCoderIT::line)
        .containsExactly("190 israel-military -> lebanon 2025-03-05 ASSERTED");
    assertThat(events("The occupying regime announced a unilateral ceasefire on Friday.")).extracting(EventCoderIT::line)
        .containsExactly("0871 israel -> - 2025-02-28 ASSERTED");
    assertThat(events("The Palestinian nation thanked Qatar for its mediation.")).extracting(EventCoderIT::line)
        .containsExactly("051 palestinians -> qatar 2025-03-06 ASSERTED");
  }

  @Test
  void nounsAndPassivesDoNotPassForActiveVerbs() {
    assertThat(events("Fears of a large-scale attack on Lebanon grew in Beirut.")).isEmpty();
    assertThat(events("Tomas Reyna was assassinated in Oslo.")).isEmpty();
  }

  @Test
  void coordinatedTargetsGiveOneEventEach() {
    List<Event> events = events("Mira Halden held phone calls with Jonas Berg and Tomas Reyna on Monday.");
    assertThat(events).extracting(e -> e.actor2().map(Participant::actorId).orElse("-"))
        .containsExactly("jonas-berg", "tomas-reyna");
    assertThat(events).allSatisfy(e -> assertThat(e.date()).isEqualTo(Optional.of("2025-03-03")));
  }
}

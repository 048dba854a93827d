package org.dateline.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.Mention;
import org.dateline.nlp.corenlp.CoreNlpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The resolver behind the real CoreNLP tagger, on an invented article. */
class ActorResolverTaggerIT {

  private static ArticleActors visit;

  @BeforeAll
  static void resolveTheInventedArticle() throws IOException {
    CoreNlpParser parser = new CoreNlpParser();
    ActorResolver resolver = new ActorResolver(ActorDictionary.fromFiles(List.of(ActorDictionaryTest.FICTIONAL)));
    String text = Files.readString(Path.of("src/test/resources/fixtures/actors/volkov-visit.txt"));
    visit = resolver.resolve(parser.parse(text));
  }

  @Test
  void linksEveryFormOfThePersonIncludingTheHeadlineAndTheMisspelling() {
    assertThat(visit.mentions()).filteredOn(m -> m.actorId().equals("dmitri-volkov")).extracting(Mention::text)
        .containsExactly("Volkov", "Dmitri Volkov", "Volkov", "Volkov", "Vlokov", "Volkov");
    assertThat(visit.mentions()).filteredOn(m -> m.actorId().equals("yusuf-al-harbi")).extracting(Mention::text)
        .containsExactly("Yusuf al-Harbi", "Harbi", "Harbi", "Yousef Harbi");
  }

  @Test
  void cutsATaggerSpanThatRanPastTheName() {
    assertThat(visit.mentions()).extracting(Mention::text).contains("Dawn Movement")
        .noneMatch(text -> text.contains(" met "));
  }

  @Test
  void readsRolesAndTies() {
    Actor volkov = visit.actor("dmitri-volkov").orElseThrow();
    assertThat(volkov.name()).isEqualTo("Dmitri Volkov");
    assertThat(volkov.roles()).contains("Brigadier General", "commander of the Sokol Force");
    assertThat(volkov.affiliation()).contains("sokol-brigade");
    assertThat(visit.actor("yusuf-al-harbi").orElseThrow().affiliation()).contains("dawn-movement");
  }

  @Test
  void readsTheCapitalByItsContext() {
    assertThat(visit.mentions()).filteredOn(m -> m.text().equalsIgnoreCase("Marksburg"))
        .extracting(Mention::text, Mention::actorId)
        .containsExactly(tuple("MARKSBURG", "marksburg"), tuple("Marksburg", "freedonia"), tuple("Marksburg", "marksburg"));
    assertThat(visit.demonyms()).extracting(DemonymMention::text).containsExactly("Freedonian");
  }

  @Test
  void findsDictionaryNamesTheTaggerSplitOrMissed() {
    assertThat(visit.mentions()).extracting(Mention::text, Mention::actorId).contains(
        tuple("NGC", "northern-guard-corps"), tuple("Northern Guards", "northern-guard-corps"),
        tuple("Axis of Dawn", "axis-of-dawn"), tuple("Sokol Force", "sokol-brigade"));
  }
}

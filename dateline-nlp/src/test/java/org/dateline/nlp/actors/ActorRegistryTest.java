package org.dateline.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorRegistryTest {

  private static ActorDictionary dictionary;
  private static ActorResolver resolver;

  @BeforeAll
  static void loadDictionary() throws IOException {
    dictionary = ActorDictionary.fromFiles(List.of(ActorDictionaryTest.FICTIONAL));
    resolver = new ActorResolver(dictionary);
  }

  @Test
  void mergesTheSameDictionaryActorAcrossArticles() {
    ActorRegistry registry = new ActorRegistry(dictionary);
    registry.add("a", article("The Northern Guards moved.", "Northern Guards"));
    registry.add("b", article("The NGC moved.", "NGC"));

    RegisteredActor corps = registry.find("northern-guard-corps").orElseThrow();
    assertThat(corps.actor().name()).isEqualTo("Northern Guard Corps");
    assertThat(corps.actor().aliases()).containsExactlyInAnyOrder("Northern Guards", "NGC");
    assertThat(corps.articles()).isEqualTo(2);
    assertThat(corps.mentions()).isEqualTo(2);
  }

  @Test
  void mergesSpellingsOfOneFullNameAndNamesTheActorByItsMostFrequentFullForm() {
    ActorRegistry registry = new ActorRegistry(dictionary);
    registry.add("a", people("Yousef Harbi spoke. Harbi left.", "Yousef Harbi", "Harbi"));
    registry.add("b", people("Yusuf al-Harbi spoke. Yusuf al-Harbi left.", "Yusuf al-Harbi"));
    Map<String, String> third = registry.add("c", people("Yusuf al-Harbi came.", "Yusuf al-Harbi"));

    assertThat(registry.size()).isEqualTo(1);
    assertThat(third).containsEntry("yusuf-al-harbi", "yousef-harbi");
    Actor harbi = registry.find("yousef-harbi").orElseThrow().actor();
    assertThat(harbi.name()).isEqualTo("Yusuf al-Harbi");
    assertThat(harbi.aliases()).containsExactly("Harbi", "Yousef Harbi");
    assertThat(registry.find("yousef-harbi").orElseThrow().mentions()).isEqualTo(5);
  }

  @Test
  void mergesAFullNameWithAMiddleNameIntoTheOnePersonWithThatFirstNameAndSurname() {
    ActorRegistry registry = new ActorRegistry(dictionary);
    registry.add("a", people("Lena Marsh spoke.", "Lena Marsh"));
    registry.add("b", people("Lena Ingrid Marsh spoke. Lena Marsh Jr. laughed.", "Lena Ingrid Marsh", "Lena Marsh Jr."));

    assertThat(registry.actors()).extracting(r -> r.actor().id()).containsExactly("lena-marsh", "lena-marsh-jr");
    Actor marsh = registry.find("lena-marsh").orElseThrow().actor();
    assertThat(marsh.name()).as("equally frequent: the longer").isEqualTo("Lena Ingrid Marsh");
    assertThat(marsh.aliases()).containsExactly("Lena Marsh");
  }

  @Test
  void keepsPeopleWhoShareOnlyAFirstNameApart() {
    ActorRegistry registry = new ActorRegistry(dictionary);
    registry.add("a", people("Ali Rahimi spoke.", "Ali Rahimi"));
    registry.add("b", people("Ali Karimi spoke.", "Ali Karimi"));
    registry.add("c", people("Alia Rahimi spoke.", "Alia Rahimi"));

    assertThat(registry.actors()).extracting(r -> r.actor().id()).containsExactly("ali-karimi", "ali-rahimi", "alia-rahimi");
  }

  @Test
  void givesASurnameAloneToTheOnePersonWithThatSurname() {
    ActorRegistry registry = new ActorRegistry(dictionary);
    registry.add("a", people("Imam Harun spoke.", "Harun"));
    assertThat(registry.find("harun")).isPresent();

    registry.add("b", people("Musa Harun spoke.", "Musa Harun"));
    Map<String, String> later = registry.add("c", people("Harun left.", "Harun"));

    assertThat(registry.canonicalId("harun")).isEqualTo("musa-harun");
    assertThat(later).containsEntry("harun", "musa-harun");
    assertThat(registry.find("musa-harun").orElseThrow().articles()).isEqualTo(3);
    assertThat(registry.size()).isEqualTo(1);
  }

  @Test
  void keepsASurnameAloneApartWhenTwoPeopleShareIt() {
    ActorRegistry registry = new ActorRegistry(dictionary);
    registry.add("a", people("Musa Harun spoke.", "Musa Harun"));
    registry.add("b", people("Idris Harun spoke.", "Idris Harun"));
    registry.add("c", people("Harun left.", "Harun"));

    assertThat(registry.actors()).extracting(r -> r.actor().id()).containsExactly("harun", "idris-harun", "musa-harun");
  }

  @Test
  void keepsACityApartFromTheCountryItOnceStoodFor() {
    ActorRegistry registry = new ActorRegistry(dictionary);
    registry.add("a", article("Marksburg said no.", "Marksburg"));
    registry.add("b", article("They met in Marksburg.", "Marksburg"));

    assertThat(registry.find("freedonia").orElseThrow().actor().aliases()).containsExactly("Marksburg");
    assertThat(registry.find("marksburg").orElseThrow().actor().type()).isEqualTo(ActorType.LOCATION);
  }

  @Test
  void countsAnArticleAddedAgainOnlyOnce() {
    ActorRegistry registry = new ActorRegistry(dictionary);
    ArticleActors article = people("Musa Harun spoke. Harun left.", "Musa Harun", "Harun");
    registry.add("a", article);
    registry.add("a", article);

    RegisteredActor harun = registry.find("musa-harun").orElseThrow();
    assertThat(harun.articles()).isEqualTo(1);
    assertThat(harun.mentions()).isEqualTo(2);
  }

  @Test
  void givesTheSameIdsWhenTheSameArticlesComeInTheSameOrder() {
    List<ArticleActors> articles = List.of(
        people("Musa Harun met Ali Rahimi.", "Musa Harun", "Ali Rahimi"),
        people("Harun and Rahimi met Alia Rahimi.", "Harun", "Rahimi", "Alia Rahimi"),
        article("The Sokol Force met the NGC.", "Sokol Force", "NGC"));

    assertThat(ids(articles)).isEqualTo(ids(articles));
  }

  @Test
  void makesAnIdUniqueWhenTwoActorsShareASlug() {
    ActorRegistry registry = new ActorRegistry(dictionary);
    registry.add("a", article("Jordan Lake spoke.", "Jordan Lake"));
    registry.add("b", Parsed.of("The Jordan Lake froze.").place("Jordan Lake").resolve(resolver));

    assertThat(registry.actors()).extracting(r -> r.actor().id() + ":" + r.actor().type())
        .containsExactly("jordan-lake:PERSON", "jordan-lake-2:LOCATION");
  }

  private static List<String> ids(List<ArticleActors> articles) {
    ActorRegistry registry = new ActorRegistry(dictionary);
    for (int i = 0; i < articles.size(); i++) {
      registry.add("article-" + i, articles.get(i));
    }
    return registry.actors().stream().map(r -> r.actor().id() + "=" + r.actor().name() + r.actor().aliases()).toList();
  }

  private static ArticleActors people(String text, String... names) {
    Parsed parsed = Parsed.of(text);
    for (String name : names) {
      parsed.person(name);
    }
    return parsed.resolve(resolver);
  }

  private static ArticleActors article(String text, String... names) {
    Parsed parsed = Parsed.of(text);
    for (String name : names) {
      parsed.tag(name.equals("Jordan Lake") ? org.dateline.nlp.text.NerLabel.PERSON : org.dateline.nlp.text.NerLabel.ORGANIZATION, name);
    }
    return parsed.resolve(resolver);
  }
}

package org.dateline.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The resolution rules on invented names, with a hand-built tagger output. */
class ActorResolverTest {

  private static ActorResolver resolver;

  @BeforeAll
  static void loadDictionary() throws IOException {
    resolver = new ActorResolver(ActorDictionary.fromFiles(List.of(ActorDictionaryTest.FICTIONAL)));
  }

  @Test
  void prefersTheLongerDictionaryNameToATaggerFragment() {
    ArticleActors actors = Parsed.of("Officers of the Northern Revolutionary Guard Corps met.")
        .org("Revolutionary Guard Corps").resolve(resolver);

    assertThat(names(actors)).containsExactly("Northern Revolutionary Guard Corps=northern-guard-corps");
  }

  @Test
  void splitsATaggerSpanThatJoinsTwoOrganizations() {
    ArticleActors actors = Parsed.of("The NGC Sokol Force and the NGC Mountain Brigade moved.")
        .org("NGC Sokol Force").org("NGC Mountain Brigade").resolve(resolver);

    assertThat(names(actors)).containsExactly("NGC=northern-guard-corps", "Sokol Force=sokol-brigade",
        "NGC=northern-guard-corps", "Mountain Brigade=mountain-brigade");
  }

  @Test
  void cutsAPersonSpanTheTaggerRanOnPastTheName() {
    ArticleActors actors = Parsed.of("Volkov met the head of the Dawn Movement, Yusuf bin Harbi.")
        .person("Volkov met the head of the Dawn Movement").person("Yusuf bin Harbi").resolve(resolver);

    assertThat(names(actors)).containsExactly("Volkov=volkov", "Dawn Movement=dawn-movement",
        "Yusuf bin Harbi=yusuf-bin-harbi");
  }

  @Test
  void keepsATaggerSpanWholeWhenTheRestIsNoOrganization() {
    ArticleActors actors = Parsed.of("He landed at Marksburg International Airport.")
        .place("Marksburg International Airport").resolve(resolver);

    assertThat(names(actors)).containsExactly("Marksburg International Airport=marksburg-international-airport");
    assertThat(actors.nested()).extracting(Mention::text, Mention::actorId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Marksburg", "marksburg"));
  }

  @Test
  void stripsTitlesFromTheNameAndKeepsThemAsRoles() {
    ArticleActors actors = Parsed.of("Brigadier General Dmitri Volkov arrived. Sayyed Omar Faris spoke. "
        + "General Volkov left.").person("Dmitri Volkov").person("Sayyed Omar Faris").person("Volkov").resolve(resolver);

    assertThat(actors.mentions()).extracting(Mention::text, Mention::actorId, Mention::roles).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Dmitri Volkov", "dmitri-volkov", List.of("Brigadier General")),
        org.assertj.core.groups.Tuple.tuple("Omar Faris", "omar-faris", List.of("Sayyed")),
        org.assertj.core.groups.Tuple.tuple("Volkov", "dmitri-volkov", List.of("General")));
  }

  @Test
  void readsAnAppositiveRoleAndTheOrganizationItBelongsTo() {
    ArticleActors actors = Parsed.of("Dmitri Volkov, the commander of the Sokol Force of the Northern Guard Corps, "
        + "said so.").person("Dmitri Volkov").resolve(resolver);

    Actor volkov = actors.actor("dmitri-volkov").orElseThrow();
    assertThat(volkov.roles()).containsExactly("commander of the Sokol Force");
    assertThat(volkov.affiliation()).contains("sokol-brigade");
  }

  @Test
  void readsARolePhraseBeforeTheName() {
    ArticleActors actors = Parsed.of("Freedonia's new foreign minister Lena Marsh met the head of the Dawn Movement's "
        + "political council, Omar Faris.").person("Lena Marsh").person("Omar Faris").resolve(resolver);

    assertThat(actors.actor("lena-marsh").orElseThrow()).satisfies(marsh -> {
      assertThat(marsh.roles()).containsExactly("new foreign minister");
      assertThat(marsh.country()).contains("freedonia");
    });
    assertThat(actors.actor("omar-faris").orElseThrow()).satisfies(faris -> {
      assertThat(faris.roles()).containsExactly("head of the Dawn Movement's political council");
      assertThat(faris.affiliation()).contains("dawn-movement");
    });
  }

  @Test
  void givesNoRoleThatNamesSeveralPeople() {
    ArticleActors actors = Parsed.of("He called Omar Faris and Yusuf al-Harbi, leaders of the Dawn Movement.")
        .person("Omar Faris").person("Yusuf al-Harbi").resolve(resolver);

    assertThat(actors.mentions()).allSatisfy(m -> assertThat(m.roles()).isEmpty());
  }

  @Test
  void linksTransliterationVariantsAndSurnames() {
    ArticleActors actors = Parsed.of("Yusuf al-Harbi spoke. Later Yousef Harbi wrote. Harbi left. al-Harbi slept.")
        .person("Yusuf al-Harbi").person("Yousef Harbi").person("al-Harbi").person("Harbi").resolve(resolver);

    assertThat(actors.mentions()).extracting(Mention::actorId).containsOnly("yusuf-al-harbi").hasSize(4);
    assertThat(actors.actor("yusuf-al-harbi").orElseThrow().aliases()).containsExactly("Yousef Harbi", "Harbi", "al-Harbi");
  }

  @Test
  void linksASurnameInTheHeadlineToTheFullNameBelowIt() {
    ArticleActors actors = Parsed.of("General Qa’rawi: we stand firm\nBrigadier General Kasim Qa’rawi, who leads it, "
        + "said Qa’rawi would return.").person("Kasim Qa’rawi").resolve(resolver);

    assertThat(actors.mentions()).extracting(Mention::text).containsExactly("Qa’rawi", "Kasim Qa’rawi", "Qa’rawi");
    assertThat(actors.mentions()).extracting(Mention::actorId).containsOnly("kasim-qarawi");
    assertThat(actors.mentions().get(0).roles()).containsExactly("General");
  }

  @Test
  void findsASpellingVariantTheTaggerMissed() {
    ArticleActors actors = Parsed.of("Brigadier-General Kasim Qarawi (Gharawi), a commander. Qassim Qarawi spoke.")
        .person("Kasim Qarawi").person("Qassim Qarawi").resolve(resolver);

    assertThat(actors.mentions()).extracting(Mention::text).containsExactly("Kasim Qarawi", "Gharawi", "Qassim Qarawi");
    assertThat(actors.mentions()).extracting(Mention::actorId).containsOnly("kasim-qarawi");
  }

  @Test
  void keepsPeopleWithAFirstNameInCommonApart() {
    ArticleActors actors = Parsed.of("Ali Rahimi met Alia Rahimi and Ali Karimi. Rahimi spoke.")
        .person("Ali Rahimi").person("Alia Rahimi").person("Ali Karimi").person("Rahimi").resolve(resolver);

    assertThat(actors.actors()).extracting(Actor::id).containsExactly("ali-rahimi", "alia-rahimi", "ali-karimi");
  }

  @Test
  void linksAMisspeltSurnameInSubjectPosition() {
    ArticleActors actors = Parsed.of("General Ilya Morozov visited the front. Later Mrozov stressed the point.")
        .person("Ilya Morozov").resolve(resolver);

    assertThat(actors.mentions()).extracting(Mention::text, Mention::actorId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Ilya Morozov", "ilya-morozov"),
        org.assertj.core.groups.Tuple.tuple("Mrozov", "ilya-morozov"));
  }

  @Test
  void leavesAnUnknownNameAloneWhenNothingSupportsTheMisspelling() {
    ArticleActors beforeTheName = Parsed.of("Mrozov stressed it. General Ilya Morozov visited.")
        .person("Ilya Morozov").person("Mrozov").resolve(resolver);
    ArticleActors noSubject = Parsed.of("Ilya Morozov visited. He met Mrozov there.")
        .person("Ilya Morozov").person("Mrozov").resolve(resolver);
    ArticleActors twoTargets = Parsed.of("Ilya Morozov and Ivan Mrozova met. Then Mrozov said no.")
        .person("Ilya Morozov").person("Ivan Mrozova").resolve(resolver);

    assertThat(beforeTheName.actor("mrozov")).isPresent();
    assertThat(noSubject.actor("mrozov")).isPresent();
    assertThat(twoTargets.mentions()).extracting(Mention::text).doesNotContain("Mrozov");
  }

  @Test
  void linksAnAcronymDefinedInParenthesesOrSpelledByInitials() {
    ArticleActors actors = Parsed.of("The Popular Defence Council (PDC) met the Valley Liberation Army. "
        + "The PDC and the VLA agreed.")
        .org("Popular Defence Council").org("Valley Liberation Army").org("PDC").org("VLA").resolve(resolver);

    assertThat(names(actors)).containsExactly("Popular Defence Council=popular-defence-council",
        "PDC=popular-defence-council", "Valley Liberation Army=valley-liberation-army",
        "PDC=popular-defence-council", "VLA=valley-liberation-army");
  }

  @Test
  void linksANameWrittenDifferentlyFromTheDictionaryByItsKey() {
    ArticleActors actors = Parsed.of("The Sukol Brigade fought.").org("Sukol Brigade").resolve(resolver);

    assertThat(names(actors)).containsExactly("Sukol Brigade=sokol-brigade");
  }

  @Test
  void readsACapitalAsItsCountryOnlyWhereItActsAsTheGovernment() {
    ArticleActors actors = Parsed.of("Marksburg said it would act. Marksburg “will not yield”. Marksburg's support "
        + "grew. The Marksburg regime fell. Tensions between Marksburg and the Dawn Movement rose. "
        + "They met in Marksburg. Marksburg is cold.").place("Marksburg").resolve(resolver);

    assertThat(actors.mentions()).extracting(Mention::actorId).containsExactly("freedonia", "freedonia",
        "freedonia", "freedonia", "freedonia", "dawn-movement", "marksburg", "marksburg");
    assertThat(actors.actor("marksburg").orElseThrow().type()).isEqualTo(ActorType.LOCATION);
  }

  @Test
  void exposesDemonymsWithoutMakingThemMentions() {
    ArticleActors actors = Parsed.of("Freedonian officials and Sylvanian troops met the Freedonians.")
        .resolve(resolver);

    assertThat(actors.demonyms()).extracting(DemonymMention::text, DemonymMention::actorId).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Freedonian", "freedonia"),
        org.assertj.core.groups.Tuple.tuple("Sylvanian", "sylvania"));
    assertThat(names(actors)).containsExactly("Freedonians=freedonians");
    assertThat(actors.actor("freedonians").orElseThrow().type()).isEqualTo(ActorType.GROUP);
  }

  @Test
  void givesUnknownNamesTheSlugOfTheirFullestForm() {
    ArticleActors actors = Parsed.of("Zoë Ngata-Holm spoke for the Lake Geneva Club. Ngata-Holm left.")
        .person("Zoë Ngata-Holm").org("Lake Geneva Club").person("Ngata-Holm").resolve(resolver);

    assertThat(actors.actors()).extracting(Actor::id, Actor::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("zoe-ngata-holm", ActorType.PERSON),
        org.assertj.core.groups.Tuple.tuple("lake-geneva-club", ActorType.ORGANIZATION));
  }

  @Test
  void keepsHamasApartFromHama() {
    ArticleActors actors = Parsed.of("Hamas fighters left Hama.").place("Hama").resolve(resolver);

    assertThat(names(actors)).containsExactly("Hamas=hamas", "Hama=hama");
  }

  @Test
  void resolvesADictionaryPersonByFullNameOrUniqueSurname() {
    ArticleActors actors = Parsed.of("President Tollund said yes. Arvid Tollund is president.")
        .person("Tollund").person("Arvid Tollund").resolve(resolver);
    ArticleActors surnameOnly = Parsed.of("President Tollund said yes.").person("Tollund").resolve(resolver);

    assertThat(actors.mentions()).extracting(Mention::actorId).containsOnly("arvid-tollund");
    assertThat(surnameOnly.mentions()).extracting(Mention::actorId).containsExactly("arvid-tollund");
  }

  @Test
  void readsAnArabicDoubletAsAnotherNameOfThePlace() {
    ArticleActors actors = Parsed.of("Settlers entered Hebron al-Khalil. The siege of al-Khalil went on.")
        .place("Hebron").resolve(resolver);

    assertThat(names(actors)).containsExactly("Hebron=hebron", "al-Khalil=hebron", "al-Khalil=hebron");
  }

  @Test
  void readsAPersonBeforeAPlaceNounAsAPlace() {
    ArticleActors actors = Parsed.of("Families in the Sheikh Harun neighborhood were evicted.")
        .person("Harun").resolve(resolver);

    assertThat(actors.mentions()).extracting(Mention::text, Mention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Sheikh Harun", ActorType.LOCATION));
  }

  @Test
  void readsAgencyCreditsAsOrganizations() {
    ArticleActors actors = Parsed.of("VNA: The talks ended. (PNA, XNW)\nUPDATE: none.").resolve(resolver);

    assertThat(names(actors)).containsExactly("VNA=vna", "PNA=pna", "XNW=xnw");
  }

  @Test
  void groupsComeFromTheDictionary() {
    ArticleActors actors = Parsed.of("The Axis of Dawn grew.").resolve(resolver);

    assertThat(actors.actor("axis-of-dawn").orElseThrow().type()).isEqualTo(ActorType.GROUP);
  }

  private static List<String> names(ArticleActors actors) {
    return actors.mentions().stream().map(m -> m.text() + "=" + m.actorId()).toList();
  }
}

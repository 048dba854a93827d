package org.dateline.nlp.quotes;

import org.dateline.nlp.text.HandParsed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.nlp.text.HandParsed.person;

import java.util.List;
import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;
import org.dateline.model.Quote;
import org.dateline.nlp.text.ParsedText;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

  private final QuoteFinder finder = new QuoteFinder();

  private List<Quote> find(String text, Mention... mentions) {
    return finder.find(HandParsed.of(text), List.of(mentions));
  }

  private static Mention torres(String text) {
    return person(text, "Ana Torres", 0, "ana-torres");
  }

  private static Mention weiss(String text) {
    return person(text, "Karl Weiss", 0, "karl-weiss");
  }

  private static Quote only(List<Quote> quotes, boolean direct) {
    List<Quote> kind = quotes.stream().filter(q -> q.direct() == direct).toList();
    assertThat(kind).hasSize(1);
    return kind.get(0);
  }

  @Test
  void attributesQuoteToSpeakerNamedEarlier() {
    String text = "Mayor Ana Torres toured the flooded district on Monday. "
        + "“We will rebuild every bridge,” she said.";
    Quote quote = only(find(text, person(text, "Ana Torres", 0, "ana-torres")), true);

    assertThat(quote.text()).isEqualTo("We will rebuild every bridge,");
    assertThat(quote.speakerId()).contains("ana-torres");
    assertThat(quote.speakerName()).contains("Ana Torres");
  }

  @Test
  void keepsSpeakerAcrossContinuedParagraph() {
    String text = "“The harbour reopens next week,” said Lars Berg, the port director.\n\n"
        + "“Crews have worked day and night.\n\n"
        + "“We expect the first ships by Friday,” he added.";
    List<Quote> quotes = find(text, person(text, "Lars Berg", 0, "lars-berg"));

    assertThat(quotes).hasSize(2);
    Quote continued = quotes.get(1);
    assertThat(continued.text()).startsWith("Crews have worked").endsWith("by Friday,");
    assertThat(continued.speakerId()).contains("lars-berg");
    assertThat(continued.speakerName()).contains("Lars Berg");
  }

  @Test
  void givesStandaloneQuoteThePreviousSpeaker() {
    String text = "“The harbour reopens next week,” Lars Berg said.\n\n“Crews have worked day and night.”";
    List<Quote> quotes = find(text, person(text, "Lars Berg", 0, "lars-berg"));

    assertThat(quotes).extracting(Quote::speakerId).containsOnly(Optional.of("lars-berg"));
  }

  @Test
  void treatsShortUnattributedQuoteAsScareQuote() {
    String text = "The council defended its “modern” approach to parking fees on Tuesday.";
    ParsedText parsed = HandParsed.of(text);

    assertThat(finder.find(parsed, List.of())).isEmpty();
    assertThat(finder.scareQuotes(parsed, List.of())).extracting(s -> s.slice(text)).containsExactly("modern");
  }

  @Test
  void keepsShortQuoteThatASpeechVerbIntroduces() {
    String text = "Karl Weiss told reporters that the plan was “simply final.”";
    Quote quote = only(find(text, person(text, "Karl Weiss", 0, "karl-weiss")), true);

    assertThat(quote.text()).isEqualTo("simply final.");
    assertThat(quote.speakerId()).contains("karl-weiss");
  }

  @Test
  void attributesPartialQuoteToSubjectNotAddressee() {
    String text = "Minister Karl Weiss assured Ana Torres that the ministry “will pay for every repair.”";
    Quote quote = only(find(text, weiss(text), torres(text)), true);

    assertThat(quote.speakerId()).contains("karl-weiss");
  }

  @Test
  void skipsFrontedPhraseNamingSomeoneElse() {
    String text = "Speaking to Ana Torres, Karl Weiss said, “The money is there.”";
    Quote quote = only(find(text, torres(text), weiss(text)), true);

    assertThat(quote.speakerId()).contains("karl-weiss");
  }

  @Test
  void prefersPersonSubjectToReportingAgency() {
    String text = "Karl Weiss told the council that Lund “will get its bridge,” the Roads Agency reported.";
    Mention agency = HandParsed.mention(text, "Roads Agency", 0, "roads-agency", ActorType.ORGANIZATION);
    Quote quote = only(find(text, person(text, "Karl Weiss", 0, "karl-weiss"), agency), true);

    assertThat(quote.speakerId()).contains("karl-weiss");
  }

  @Test
  void attributesToOrganizationWhenNoPersonSpeaks() {
    String text = "“The bridge stays closed until spring,” the Roads Agency said.";
    Mention agency = HandParsed.mention(text, "Roads Agency", 0, "roads-agency", ActorType.ORGANIZATION);

    assertThat(only(find(text, agency), true).speakerId()).contains("roads-agency");
  }

  @Test
  void resolvesDescriptionToPersonWithThatRole() {
    String text = "Ana Torres, the mayor of Lund, met Karl Weiss, the transport minister, on Friday. "
        + "The minister said, “Funding is secured for next year.”";
    Quote quote = only(find(text, torres(text), weiss(text)), true);

    assertThat(quote.speakerId()).contains("karl-weiss");
    assertThat(quote.speakerName()).contains("Karl Weiss");
  }

  @Test
  void takesIdOfSameSurnameForUnmentionedName() {
    String text = "Ana Torres toured the port. “It is a good day for the city,” Torres added.";
    Quote quote = only(find(text, person(text, "Ana Torres", 0, "ana-torres")), true);

    assertThat(quote.speakerName()).contains("Torres");
    assertThat(quote.speakerId()).contains("ana-torres");
  }

  @Test
  void readsHeadlineSpeakerBeforeColon() {
    String text = "Torres: ‘We will rebuild’\nThe mayor spoke in Lund on Monday.";
    Quote quote = only(find(text, person(text, "Torres", 0, "ana-torres")), true);

    assertThat(quote.text()).isEqualTo("We will rebuild");
    assertThat(quote.speakerId()).contains("ana-torres");
  }

  @Test
  void findsReportedSpeechWithoutQuoteMarks() {
    String text = "Karl Weiss said the repairs would take two years.";
    Quote quote = only(find(text, person(text, "Karl Weiss", 0, "karl-weiss")), false);

    assertThat(quote.text()).isEqualTo("the repairs would take two years");
    assertThat(quote.speakerId()).contains("karl-weiss");
  }

  @Test
  void findsReportedSpeechAfterAccordingTo() {
    String text = "According to Ana Torres, the new bridge will open in May.";
    Quote quote = only(find(text, person(text, "Ana Torres", 0, "ana-torres")), false);

    assertThat(quote.text()).isEqualTo("the new bridge will open in May");
    assertThat(quote.speakerId()).contains("ana-torres");
  }

  @Test
  void emitsNoReportedSpeechWhereTheDirectQuoteCoversIt() {
    String text = "Ana Torres said that the city “will rebuild every single bridge.”";
    List<Quote> quotes = find(text, person(text, "Ana Torres", 0, "ana-torres"));

    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).direct()).isTrue();
  }

  @Test
  void readsStraightQuotes() {
    String text = "Karl Weiss wrote in a letter: \"We are ready to start the work.\"";
    Quote quote = only(find(text, person(text, "Karl Weiss", 0, "karl-weiss")), true);

    assertThat(quote.text()).isEqualTo("We are ready to start the work.");
    assertThat(quote.speakerId()).contains("karl-weiss");
  }

  @Test
  void spansSliceBackToTheirText() {
    String text = "“First,” said Lars Berg. “Second and third.” He added that more would follow soon.";
    for (Quote quote : find(text, person(text, "Lars Berg", 0, "lars-berg"))) {
      assertThat(quote.span().slice(text)).isEqualTo(quote.text());
    }
  }
}

package org.dateline.nlp.figures;

import org.dateline.nlp.text.HandParsed;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.model.Figure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureFinderTest {

  private final FigureFinder finder = new FigureFinder();

  private List<Figure> find(String text) {
    return finder.find(HandParsed.of(text));
  }

  private Figure only(String text) {
    List<Figure> figures = find(text);
    assertThat(figures).hasSize(1);
    return figures.get(0);
  }

  @Test
  void marksHedgedCountsApproximate() {
    Figure evacuated = only("Nearly 4,200 residents, most of them elderly, have been evacuated from the valley.");
    assertThat(evacuated.value()).isEqualTo(4200);
    assertThat(evacuated.what()).isEqualTo("residents evacuated");
    assertThat(evacuated.approx()).isTrue();
    assertThat(evacuated.text()).startsWith("Nearly 4,200 residents").endsWith("evacuated");

    Figure aftershocks = only("More than 30 strong aftershocks shook the town overnight.");
    assertThat(aftershocks.value()).isEqualTo(30);
    assertThat(aftershocks.what()).isEqualTo("strong aftershocks");
    assertThat(aftershocks.approx()).isTrue();

    assertThat(only("The ferry carried 212 passengers.").approx()).isFalse();
  }

  @Test
  void ignoresYearsAndDates() {
    assertThat(find("Since 2014 the port has grown. The storm struck on March 3, 2021, at 10:30 a.m. "
        + "The 1979 flood was worse, and the 1990s were calm.")).isEmpty();
  }

  @Test
  void ignoresAgesDurationsAndNames() {
    assertThat(find("The 45-year-old mayor, aged 45, spoke for three hours about Resolution 2334. "
        + "Ana Torres, 52, lives at 10 Harbour Street and answers 555-0142.")).isEmpty();
  }

  @Test
  void ignoresBareNumbersAndReferencesBack() {
    assertThat(find("The vote was 52 to 48. The two leaders met again.")).isEmpty();
  }

  @Test
  void attachesCasualtyVerbBeforeTheNumber() {
    Figure killed = only("The blast killed 12 workers at the plant.");
    assertThat(killed.value()).isEqualTo(12);
    assertThat(killed.what()).isEqualTo("workers killed");
  }

  @Test
  void readsNumberWordsScalesAndVaguePlurals() {
    assertThat(only("Officials said 1.2 million people fled the coast.").value()).isEqualTo(1_200_000);
    assertThat(only("A dozen boats sank in the harbour.").value()).isEqualTo(12);
    assertThat(only("Some twenty-five villages were flooded.").value()).isEqualTo(25);

    Figure protesters = only("Tens of thousands of protesters marched through the capital.");
    assertThat(protesters.value()).isEqualTo(20_000);
    assertThat(protesters.what()).isEqualTo("protesters");
    assertThat(protesters.approx()).isTrue();

    Figure dozens = only("Dozens of homes were damaged by the wind.");
    assertThat(dozens.value()).isEqualTo(24);
    assertThat(dozens.approx()).isTrue();
  }

  @Test
  void keepsSmallWordNumbersOnlyWithAnEvent() {
    assertThat(find("She has two daughters and three sons.")).isEmpty();
    Figure wounded = only("Two soldiers were wounded in the attack.");
    assertThat(wounded.what()).isEqualTo("soldiers wounded");
  }

  @Test
  void readsPercentagesMoneyAndMeasurements() {
    Figure turnout = only("Turnout reached 61 percent of registered voters.");
    assertThat(turnout.value()).isEqualTo(61);
    assertThat(turnout.what()).isEqualTo("percent of registered voters");

    assertThat(only("Prices rose 4% in May.").what()).isEqualTo("percent");

    Figure aid = only("The fund pledged more than $2.5 billion in aid.");
    assertThat(aid.value()).isEqualTo(2_500_000_000d);
    assertThat(aid.what()).isEqualTo("dollars");
    assertThat(aid.approx()).isTrue();
    assertThat(aid.text()).isEqualTo("more than $2.5 billion");

    Figure rise = only("The river rose 2.4 metres in a day.");
    assertThat(rise.value()).isEqualTo(2.4);
    assertThat(rise.what()).isEqualTo("metres");
  }

  @Test
  void takesEventVerbsFromAUsersDirectory(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("event-verbs.txt"), "quarantined\n");
    String text = "Some 300 travellers were quarantined at the border.";
    FigureFinder extended = new FigureFinder(FigureLexicon.defaults().extendedWith(dir));

    assertThat(only(text).what()).isEqualTo("travellers");
    assertThat(extended.find(HandParsed.of(text)).get(0).what()).isEqualTo("travellers quarantined");
  }
}

package org.dateline.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Actor;
import org.dateline.model.ActorType;
import org.dateline.model.Article;
import org.dateline.model.CameoCode;
import org.dateline.model.Event;
import org.dateline.model.EventMode;
import org.dateline.model.Participant;
import org.dateline.model.Span;
import org.dateline.nlp.events.CameoCodebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GdeltEventWriterTest {

  static final String TEXT = "Freedonian Foreign Minister Rufus Firefly visited Sylvania on Monday.\n\n"
      + "Sylvania later criticized Freedonia.";
  static final Instant ADDED = Instant.parse("2024-07-12T08:15:30Z");

  static final Actor FIREFLY = new Actor("rufus-firefly", "Rufus Firefly", ActorType.PERSON,
      List.of(), List.of("Foreign Minister"), Optional.of("iran"), Optional.empty());
  static final Actor IRAN = country("iran", "Iran");
  static final Actor ISRAEL = country("israel", "Israel");
  static final Actor GAZA = new Actor("gaza", "Gaza", ActorType.LOCATION,
      List.of(), List.of(), Optional.empty(), Optional.empty());

  final CameoCodebook codebook = CameoCodebook.bundled();

  @TempDir Path dir;

  @Test
  void writesTheGdelt20ColumnsInOrderUnderAHeaderWhenAsked() throws IOException {
    List<String[]> lines = write(true, row(event("a1/e1", "042", Optional.of("2024-07-11"), 0)));

    assertThat(GdeltEventWriter.COLUMNS).hasSize(61).doesNotHaveDuplicates();
    assertThat(lines.get(0)).containsExactlyElementsOf(GdeltEventWriter.COLUMNS);
    assertThat(GdeltEventWriter.COLUMNS.subList(0, 5))
        .containsExactly("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate");
    assertThat(GdeltEventWriter.COLUMNS.subList(25, 35)).containsExactly("IsRootEvent", "EventCode",
        "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources",
        "NumArticles", "AvgTone");
    assertThat(GdeltEventWriter.COLUMNS.subList(51, 61)).containsExactly("ActionGeo_Type",
        "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");
    assertThat(lines).hasSize(2).allSatisfy(fields -> assertThat(fields).hasSize(61));
  }

  @Test
  void writesNoHeaderByDefaultAsGdeltDoes() throws IOException {
    List<String[]> lines = write(false, row(event("a1/e1", "042", Optional.empty(), 0)));

    assertThat(lines).singleElement().satisfies(fields -> assertThat(fields[0]).matches("\\d+"));
  }

  @Test
  void fillsTheFieldsDatelineKnows() throws IOException {
    Event visit = event("a1/e1", "0871", Optional.of("2024-07-11"), 0);
    GdeltRow row = GdeltRow.of(visit, codebook.get("0871"), article(Optional.of("https://news.example/a1")),
        Optional.of(FIREFLY), Optional.of(ISRAEL), Optional.of(IRAN));

    String[] fields = write(false, row).get(0);

    assertThat(field(fields, "GLOBALEVENTID")).isEqualTo(Long.toString(GdeltFields.globalEventId("a1/e1")));
    assertThat(field(fields, "SQLDATE")).isEqualTo("20240711");
    assertThat(field(fields, "MonthYear")).isEqualTo("202407");
    assertThat(field(fields, "Year")).isEqualTo("2024");
    assertThat(field(fields, "FractionDate")).isEqualTo("2024.5288"); // day 193 of 2024, / 365
    assertThat(field(fields, "Actor1Code")).isEqualTo("IRN");
    assertThat(field(fields, "Actor1Name")).isEqualTo("Rufus Firefly");
    assertThat(field(fields, "Actor1CountryCode")).isEqualTo("IRN");
    assertThat(field(fields, "Actor1Type1Code")).isEmpty();
    assertThat(field(fields, "Actor2Name")).isEqualTo("Israel");
    assertThat(field(fields, "Actor2CountryCode")).isEqualTo("ISR");
    assertThat(field(fields, "IsRootEvent")).isEqualTo("1");
    assertThat(field(fields, "EventCode")).isEqualTo("0871");
    assertThat(field(fields, "EventBaseCode")).isEqualTo("087");
    assertThat(field(fields, "EventRootCode")).isEqualTo("08");
    assertThat(field(fields, "QuadClass")).isEqualTo("2");
    assertThat(field(fields, "GoldsteinScale")).isEqualTo("9.0");
    assertThat(field(fields, "NumMentions")).isEqualTo("1");
    assertThat(field(fields, "NumSources")).isEqualTo("1");
    assertThat(field(fields, "NumArticles")).isEqualTo("1");
    assertThat(field(fields, "AvgTone")).isEmpty();
    assertThat(field(fields, "Actor1Geo_FullName")).isEmpty();
    assertThat(field(fields, "ActionGeo_Type")).isEqualTo("1");
    assertThat(field(fields, "ActionGeo_FullName")).isEqualTo("Iran");
    assertThat(field(fields, "ActionGeo_CountryCode")).isEmpty();
    assertThat(field(fields, "DATEADDED")).isEqualTo("20240712081530");
    assertThat(field(fields, "SOURCEURL")).isEqualTo("https://news.example/a1");
  }

  @Test
  void leavesUnknownActorsPlacesAndCountriesEmptyAndFallsBackToTheArticleId() throws IOException {
    Actor stateless = new Actor("sokol", "Sokol Force", ActorType.ORGANIZATION,
        List.of(), List.of(), Optional.empty(), Optional.empty());
    GdeltRow row = GdeltRow.of(event("a1/e2", "111", Optional.empty(), TEXT.indexOf("Sylvania later")),
        codebook.get("111"), article(Optional.empty()), Optional.of(stateless), Optional.empty(),
        Optional.of(GAZA));

    String[] fields = write(false, row).get(0);

    assertThat(field(fields, "Actor1Name")).isEqualTo("Sokol Force");
    assertThat(field(fields, "Actor1Code")).isEmpty();
    assertThat(field(fields, "Actor1CountryCode")).isEmpty();
    assertThat(field(fields, "Actor2Name")).isEmpty();
    assertThat(field(fields, "ActionGeo_Type")).isEmpty();
    assertThat(field(fields, "ActionGeo_FullName")).isEqualTo("Gaza");
    assertThat(field(fields, "IsRootEvent")).isEqualTo("0");
    assertThat(field(fields, "GoldsteinScale")).isEqualTo("-2.0");
    assertThat(field(fields, "SOURCEURL")).isEqualTo("a1");
  }

  @Test
  void fillsOnlyTheDateColumnsAPartialDateFixes() {
    assertThat(GdeltDate.of(Optional.of("2020-01")))
        .isEqualTo(new GdeltDate("", "202001", "2020", ""));
    assertThat(GdeltDate.of(Optional.of("2020"))).isEqualTo(new GdeltDate("", "", "2020", ""));
    assertThat(GdeltDate.of(Optional.of("2024-07-11T14:30")).sqlDate()).isEqualTo("20240711");
    assertThat(GdeltDate.of(Optional.of("1979-01-01")).fractionDate()).isEqualTo("1979.0027");
    assertThat(GdeltDate.of(Optional.of("2024-W28"))).isEqualTo(GdeltDate.NONE);
    assertThat(GdeltDate.of(Optional.of("PRESENT_REF"))).isEqualTo(GdeltDate.NONE);
    assertThat(GdeltDate.of(Optional.of("2023-02-30"))).isEqualTo(GdeltDate.NONE);
    assertThat(GdeltDate.of(Optional.empty())).isEqualTo(GdeltDate.NONE);
  }

  @Test
  void writesAPartialDateIntoMonthYearAndYearOnly() throws IOException {
    String[] fields = write(false, row(event("a1/e1", "042", Optional.of("2020-01"), 0))).get(0);

    assertThat(field(fields, "SQLDATE")).isEmpty();
    assertThat(field(fields, "MonthYear")).isEqualTo("202001");
    assertThat(field(fields, "Year")).isEqualTo("2020");
    assertThat(field(fields, "FractionDate")).isEmpty();
  }

  @Test
  void mapsRootClassesToGdeltQuadClasses() {
    assertThat(List.of("01", "05", "06", "09", "10", "14", "15", "20"))
        .map(GdeltFields::quadClass).containsExactly(1, 1, 2, 2, 3, 3, 4, 4);
    assertThat(codebook.all()).allSatisfy(code ->
        assertThat(GdeltFields.quadClass(code.root())).isBetween(1, 4));
    assertThatThrownBy(() -> GdeltFields.quadClass("21")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void neverLetsAValueSplitARecord() throws IOException {
    Actor tricky = new Actor("tricky", "Tab\there\nand\r\nthere", ActorType.GROUP,
        List.of(), List.of(), Optional.empty(), Optional.empty());
    GdeltRow row = GdeltRow.of(event("a1/e1", "042", Optional.empty(), 0), codebook.get("042"),
        article(Optional.of("https://news.example/a\tb")), Optional.of(tricky), Optional.empty(),
        Optional.empty());

    List<String[]> lines = write(true, row, row);

    assertThat(lines).hasSize(3).allSatisfy(fields -> assertThat(fields).hasSize(61));
    assertThat(field(lines.get(1), "Actor1Name")).isEqualTo("Tab here and there");
    assertThat(field(lines.get(1), "SOURCEURL")).isEqualTo("https://news.example/a b");
  }

  @Test
  void numbersEventsStablyAndPositively() {
    long id = GdeltFields.globalEventId("a1/e1");

    assertThat(id).isPositive().isEqualTo(GdeltFields.globalEventId("a1/e1"));
    assertThat(GdeltFields.globalEventId("a1/e2")).isPositive().isNotEqualTo(id);
  }

  @Test
  void refusesACodebookEntryOfAnotherCode() {
    Event event = event("a1/e1", "042", Optional.empty(), 0);
    CameoCode other = codebook.get("043");

    assertThatThrownBy(() -> GdeltRow.of(event, other, article(Optional.empty()),
        Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("043");
  }

  @Test
  void knowsTheCodeOfEveryCountryInTheStarterDictionary() {
    CountryCodes codes = CountryCodes.bundled();

    assertThat(codes.code("united-states")).contains("USA");
    assertThat(codes.code("palestine")).contains("PSE");
    assertThat(codes.code("united-kingdom")).contains("GBR");
    assertThat(codes.code("gaza")).isEmpty();
  }

  private List<String[]> write(boolean header, GdeltRow... rows) throws IOException {
    Path file = dir.resolve("events.tsv");
    try (GdeltEventWriter writer = new GdeltEventWriter(file, header, ADDED)) {
      for (GdeltRow row : rows) {
        writer.write(row);
      }
      assertThat(writer.rows()).isEqualTo(rows.length);
    }
    assertThat(dir.resolve("events.tsv.partial")).doesNotExist();
    String content = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(content).endsWith("\n");
    return Arrays.stream(content.split("\n")).map(line -> line.split("\t", -1)).toList();
  }

  private GdeltRow row(Event event) {
    return GdeltRow.of(event, codebook.get(event.code()), article(Optional.empty()),
        Optional.of(IRAN), Optional.of(ISRAEL), Optional.empty());
  }

  private static String field(String[] fields, String column) {
    return fields[GdeltEventWriter.COLUMNS.indexOf(column)];
  }

  private static Event event(String id, String code, Optional<String> date, int sentenceStart) {
    int end = TEXT.indexOf('.', sentenceStart) + 1;
    return new Event(id, code, new Participant("iran", "Iran", new Span(sentenceStart, sentenceStart + 4)),
        Optional.of(new Participant("israel", "Israel", new Span(end - 7, end - 1))), date, Optional.empty(),
        new Span(sentenceStart, end), new Span(sentenceStart, end), 0.9, EventMode.ASSERTED, Optional.empty());
  }

  private static Article article(Optional<String> url) {
    return Article.builder("a1", TEXT).url(url.orElse(null)).published(LocalDate.of(2024, 7, 11)).build();
  }

  private static Actor country(String id, String name) {
    return new Actor(id, name, ActorType.COUNTRY, List.of(), List.of(), Optional.empty(), Optional.empty());
  }
}

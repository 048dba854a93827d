package org.dateline.store.lucene;

import java.time.LocalDate;
import java.util.List;
import org.dateline.model.Article;

/** Invented articles for the store tests. */
final class TestArticles {

  private TestArticles() {}

  /** An article with every field set, curly quotes, newlines and a multi-paragraph text. */
  static Article complete() {
    return Article.builder("harbour-2024-03-07", """
            SELIM PORT — The harbour authority reopened the eastern quay on Thursday, four days \
            after a storm tore two cranes from their rails.
            \s
            “We lost a week of container traffic, not the port,” said Mira Halden, the authority’s \
            director, standing beside a crane that now leans over the water.\r
            Dock workers said repairs to the second crane would take until May.\t Shipping \
            agents expect the backlog of 340 containers to clear by the weekend.
            """)
        .source("/data/coast-herald/2024-03-07.jsonl#line 12")
        .url("https://coast-herald.example/2024/03/07/harbour-reopens")
        .outlet("Coast Herald")
        .byline("Tomas Ferreira and Lena Okafor")
        .title("Selim harbour reopens quay after storm wrecked cranes")
        .published(LocalDate.of(2024, 3, 7))
        .credits(List.of("CH", "Reuters", "CH"))
        .dateline("SELIM PORT")
        .furniture(List.of("Read more: storm season ahead", "Photo: the leaning crane", ""))
        .build();
  }

  /** An article with only an id, a source and a text. */
  static Article bare(String id, String text) {
    return Article.builder(id, text).source("/data/bare/" + id + ".txt").build();
  }

  /** A dated article of an outlet. */
  static Article dated(String id, String outlet, LocalDate published, String title, String text) {
    return Article.builder(id, text)
        .source("/data/" + id + ".html")
        .outlet(outlet)
        .published(published)
        .title(title)
        .build();
  }
}

package org.dateline.nlp.dates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads another tagger's expressions from a TSV file so that {@link TimexComparison} scores them
 * with the same scorer as Dateline's own. The file has a header line and then one expression a
 * line: {@code article, start, end, type, value, text}, offsets into the article's {@code text}
 * (newlines and tabs of the expression's text written as spaces). Each line is checked against
 * the articles, so an output with shifted offsets fails here instead of scoring low.
 */
final class TimexTsvReader {

  private static final String HEADER = "article\tstart\tend\ttype\tvalue\ttext";

  private TimexTsvReader() {}

  /** The expressions of {@code tsv}; throws when a line is malformed or its text is not what its offsets slice. */
  static List<TempEvalScorer.Timex> read(Path tsv, Map<String, AquaintData.Article> articles) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException(tsv + ": the first line must be the header " + HEADER.replace('\t', ','));
    }
    List<TempEvalScorer.Timex> timexes = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        timexes.add(parse(lines.get(i).split("\t", -1), articles, tsv + ":" + (i + 1)));
      }
    }
    return timexes;
  }

  private static TempEvalScorer.Timex parse(String[] f, Map<String, AquaintData.Article> articles, String where) {
    if (f.length != 6) {
      throw new IllegalArgumentException(where + ": expected 6 tab-separated fields, found " + f.length);
    }
    AquaintData.Article article = articles.get(f[0]);
    if (article == null) {
      throw new IllegalArgumentException(where + ": unknown article " + f[0]);
    }
    int start = Integer.parseInt(f[1]);
    int end = Integer.parseInt(f[2]);
    if (start < 0 || end <= start || end > article.text().length()) {
      throw new IllegalArgumentException(where + ": span " + start + "-" + end + " outside the article's text");
    }
    String text = article.text().substring(start, end);
    if (!text.replace('\n', ' ').replace('\t', ' ').equals(f[5])) {
      throw new IllegalArgumentException(where + ": text '" + f[5] + "' differs from the article's '" + text + "' at " + start);
    }
    return new TempEvalScorer.Timex(f[0], start, end, text, f[3], f[4]);
  }
}

package org.dateline.bench.timex;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs one tagger over the articles and writes its expressions as the TSV that Dateline's
 * {@code TimexComparison} reads: a header, then {@code article, start, end, type, value, text} a
 * line, the text with its tabs and newlines written as spaces.
 */
final class TimexTsvWriter {

  private TimexTsvWriter() {}

  /**
   * The shared {@code main} of the taggers: {@code args} are the shared data folder and the TSV
   * to write. Reports the count and the tagging time (model loading excluded) on standard error.
   */
  static void run(String[] args, TimexTagger tagger) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: " + tagger.getClass().getSimpleName() + " SHARED OUT.tsv");
      System.exit(2);
    }
    List<Article> articles = Article.readAquaint(Path.of(args[0]));
    Path out = Path.of(args[1]);
    long began = System.nanoTime();
    int count = 0;
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("article\tstart\tend\ttype\tvalue\ttext\n");
      for (Article article : articles) {
        for (TaggedTimex t : tagger.tag(article)) {
          String text = article.text().substring(t.start(), t.end()).replace('\t', ' ').replace('\n', ' ');
          w.write(String.join("\t", t.article(), Integer.toString(t.start()), Integer.toString(t.end()), t.type(), t.value(), text) + "\n");
          count++;
        }
      }
    }
    System.err.printf(Locale.ROOT, "%s: %d expressions in %d articles, tagged in %.1f s, written to %s%n",
        tagger.getClass().getSimpleName(), count, articles.size(), (System.nanoTime() - began) / 1e9, out);
  }
}

package org.dateline.nlp.dates;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Scores Dateline's {@link TimeTagger} and other taggers' outputs on the AQUAINT TempEval-3
 * development articles with one scorer ({@link TempEvalScorer}), so that the figures compare.
 * Run by {@code bench/timex-compare.sh}, which writes the other taggers' TSV files (see
 * {@link TimexTsvReader}); each file is named after its tagger.
 *
 * <p>Usage: {@code TimexComparison SHARED [TAGGER.tsv ...]}, SHARED being the folder that holds
 * {@code datasets} and {@code gold}. Prints one row per tagger, Dateline's first.
 */
public final class TimexComparison {

  private static final String ROW = "%-24s %6s %10s %9s %8s %7s %7s %8s%n";

  private TimexComparison() {}

  /** Scores Dateline and every TSV given, printing the table to standard output. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: TimexComparison SHARED [TAGGER.tsv ...]");
      System.exit(2);
    }
    AquaintData data = AquaintData.read(Path.of(args[0]));
    TempEvalScorer scorer = new TempEvalScorer();
    System.out.printf(Locale.ROOT, "AQUAINT TempEval-3 dev: %d articles, %d gold TIMEX3s (relaxed: spans overlap; strict: spans equal)%n",
        data.articles().size(), data.gold().size());
    System.out.printf(Locale.ROOT, ROW, "tagger", "system", "relaxed F1", "strict F1", "type acc", "value P", "value R", "value F1");
    print("dateline", scorer.score(data.gold(), data.tag(TimeTagger.create())));
    for (int i = 1; i < args.length; i++) {
      Path tsv = Path.of(args[i]);
      List<TempEvalScorer.Timex> system = TimexTsvReader.read(tsv, data.articles());
      print(tsv.getFileName().toString().replaceFirst("\\.tsv$", ""), scorer.score(data.gold(), system));
    }
  }

  private static void print(String tagger, TempEvalScorer.Score s) {
    System.out.printf(Locale.ROOT, ROW, tagger, s.system(),
        fixed(TempEvalScorer.f1(s.relaxedPrecision(), s.relaxedRecall())),
        fixed(TempEvalScorer.f1(s.strictPrecision(), s.strictRecall())),
        fixed(s.typeAccuracy()), fixed(s.valuePrecision()), fixed(s.valueRecall()), fixed(s.valueF1()));
  }

  private static String fixed(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}

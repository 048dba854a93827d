package org.dateline.app.terminal;

import java.io.PrintStream;
import java.util.Locale;
import org.dateline.app.run.IngestProgress;
import org.dateline.ingest.ReadError;
import org.dateline.model.Article;

/**
 * A one-line progress display for an ingest run on a terminal: articles so far, failures, the
 * rate in articles per second and the input being read. Redraws at most ten times a second and
 * erases itself when {@link #finish()} is called.
 */
public final class ProgressBar implements IngestProgress {

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 78;
  private static final char[] SPINNER = {'|', '/', '-', '\\'};

  private final PrintStream out;
  private final long started = System.nanoTime();
  private long lastDraw;
  private int articles;
  private int failures;
  private int frame;
  private boolean drawn;

  public ProgressBar(PrintStream out) {
    this.out = out;
  }

  @Override
  public void stored(Article article) {
    articles++;
    maybeDraw(article.source());
  }

  @Override
  public void failed(ReadError error) {
    failures++;
    maybeDraw(error.location());
  }

  /** Erases the progress line. */
  public void finish() {
    if (drawn) {
      out.print("\r" + " ".repeat(WIDTH) + "\r");
      out.flush();
    }
  }

  private void maybeDraw(String where) {
    long now = System.nanoTime();
    if (now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String line = String.format(Locale.ROOT, "%c %,d articles  %,d failed  %,.0f articles/s  %s",
        SPINNER[frame++ % SPINNER.length], articles, failures, articles / seconds, where);
    out.print("\r" + fit(line));
    out.flush();
    drawn = true;
  }

  private static String fit(String line) {
    if (line.length() > WIDTH) {
      return line.substring(0, WIDTH - 1) + "…";
    }
    return line + " ".repeat(WIDTH - line.length());
  }
}

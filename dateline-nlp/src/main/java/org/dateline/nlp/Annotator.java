package org.dateline.nlp;

import java.util.List;
import java.util.Optional;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.nlp.corenlp.CoreNlpParser;
import org.dateline.nlp.text.ParsedText;

/**
 * The front door of the language layer: reads one article into an {@link Analysis} (actors,
 * dates, quotes, figures), a pure function of the article and the loaded models and
 * dictionaries.
 *
 * <pre>{@code
 * Annotator annotator = Annotator.load();   // once per process: models take seconds to load
 * Analysis analysis = annotator.annotate(article);
 * }</pre>
 *
 * Instances are safe to share between threads; annotate articles in parallel on all cores.
 */
public final class Annotator {

  /**
   * Changes whenever what the layer extracts changes, so stores re-analyse articles analysed by
   * an older revision.
   */
  public static final String REVISION = "nlp-0";

  private final CoreNlpParser parser;
  private final StageTimes times = new StageTimes();
  private final double loadSeconds;

  private Annotator(CoreNlpParser parser, double loadSeconds) {
    this.parser = parser;
    this.loadSeconds = loadSeconds;
  }

  private static volatile Annotator shared;

  /** Loads the models and the bundled dictionaries. */
  public static Annotator load() {
    long start = System.nanoTime();
    CoreNlpParser parser = new CoreNlpParser();
    return new Annotator(parser, (System.nanoTime() - start) / 1e9);
  }

  /** One annotator per process, loaded on first use: models are large and read-only. */
  public static Annotator shared() {
    Annotator loaded = shared;
    if (loaded == null) {
      synchronized (Annotator.class) {
        loaded = shared;
        if (loaded == null) {
          loaded = load();
          shared = loaded;
        }
      }
    }
    return loaded;
  }

  /** Reads {@code article}. */
  public Analysis annotate(Article article) {
    ParsedText parsed = times.time("corenlp", () -> parser.parse(article.text()));
    return new Analysis(article.id(), List.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.empty());
  }

  /** Time spent per stage so far, over all articles. */
  public StageTimes times() {
    return times;
  }

  /** Seconds it took to load the models and dictionaries. */
  public double loadSeconds() {
    return loadSeconds;
  }

  /** The revision of what this annotator extracts; see {@link #REVISION}. */
  public String revision() {
    return REVISION;
  }
}

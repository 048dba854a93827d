package org.dateline.nlp;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.DateWindow;
import org.dateline.model.Event;
import org.dateline.model.Figure;
import org.dateline.model.Quote;
import org.dateline.model.Mention;
import org.dateline.model.TimeExpression;
import org.dateline.model.Wording;
import org.dateline.nlp.dates.PartnerWindow;
import org.dateline.nlp.dates.PublicationWindow;
import org.dateline.nlp.dates.StoryPartner;
import org.dateline.nlp.dates.TemporalMention;
import org.dateline.nlp.dates.TimeTagger;
import org.dateline.nlp.dates.WindowResolver;
import org.dateline.nlp.events.EventCoder;
import org.dateline.nlp.framing.WordingReader;
import org.dateline.nlp.references.References;
import org.dateline.nlp.references.Words;
import org.dateline.nlp.figures.FigureFinder;
import org.dateline.nlp.inference.ActorFacts;
import org.dateline.nlp.inference.DictionaryFacts;
import org.dateline.nlp.inference.PublicationInference;
import org.dateline.nlp.quotes.QuoteFinder;
import org.dateline.nlp.actors.ActorDictionary;
import org.dateline.nlp.actors.ActorResolver;
import org.dateline.nlp.actors.ArticleActors;
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
  public static final String REVISION = "nlp-8";

  private final CoreNlpParser parser;
  private final TimeTagger timeTagger;
  private final ActorResolver actorResolver;
  private final QuoteFinder quoteFinder = new QuoteFinder();
  private final FigureFinder figureFinder = new FigureFinder();
  private final PublicationInference publication;
  private final EventCoder eventCoder;
  private final References references;
  private final WordingReader wordingReader = new WordingReader();
  private final StageTimes times = new StageTimes();
  private final double loadSeconds;

  private Annotator(CoreNlpParser parser, TimeTagger timeTagger, ActorDictionary dictionary,
      long loadStartNanos) {
    this.parser = parser;
    this.timeTagger = timeTagger;
    this.actorResolver = new ActorResolver(dictionary);
    this.eventCoder = EventCoder.bundled(dictionary);
    this.references = References.bundled(dictionary);
    ActorFacts facts = new DictionaryFacts(dictionary);
    this.publication = new PublicationInference(facts, timeTagger::tag, LocalDate.now(ZoneOffset.UTC));
    this.loadSeconds = (System.nanoTime() - loadStartNanos) / 1e9; // the resolver's gazetteer included
  }

  private static volatile Annotator shared;


  /** Loads the models and the bundled dictionaries. */
  public static Annotator load() {
    long start = System.nanoTime();
    CoreNlpParser parser = new CoreNlpParser();
    TimeTagger timeTagger = TimeTagger.create();
    ActorDictionary dictionary = ActorDictionary.bundled();
    return new Annotator(parser, timeTagger, dictionary, start);
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
    return annotate(article, Optional.empty());
  }

  /**
   * Reads {@code article}, which, if undated, may be dated by a dated {@code partner} reporting the
   * same story ({@link PartnerWindow}): its relative dates and events are then resolved against
   * the window the two give together.
   */
  public Analysis annotate(Article article, Optional<StoryPartner> partner) {
    String text = article.text();
    ParsedText parsed = times.time("corenlp", () -> parser.parse(text));
    ArticleActors actors = times.time("actors", () -> actorResolver.resolve(parsed));
    List<Mention> mentions = actors.mentions();
    List<TemporalMention> temporal = times.time("dates", () -> timeTagger.find(text));
    Optional<DateWindow> window = article.published().isPresent()
        ? Optional.empty()
        : times.time("inference", () -> inferWindow(text, parsed, mentions, temporal, partner));
    List<TimeExpression> resolved = WindowResolver.resolve(temporal, article.published(), window);
    QuoteFinder.Reading speech = times.time("quotes", () -> quoteFinder.read(parsed, mentions));
    List<Quote> quotes = speech.quotes();
    List<Figure> figures = times.time("figures", () -> figureFinder.find(parsed));
    Optional<String> day = article.published().map(LocalDate::toString)
        .or(() -> window.filter(w -> w.earliest().equals(w.latest())).map(w -> w.earliest().toString()));
    Words words = times.time("events", () -> references.read(parsed, actors, quotes));
    List<Event> events = times.time("events", () -> eventCoder.code(article.id(), words, actors, resolved, day, window));
    List<Wording> wordings = times.time("framing", () -> wordingReader.read(words, speech.scareQuotes()));
    List<Mention> allMentions = new ArrayList<>(mentions);
    allMentions.addAll(actors.nested());
    allMentions.sort(Comparator.comparing(Mention::span));
    return new Analysis(article.id(), allMentions, actors.actors(), resolved, quotes, figures, events,
        wordings, window, partner.filter(p -> article.published().isEmpty()).map(StoryPartner::articleId));
  }

  private Optional<DateWindow> inferWindow(String text, ParsedText parsed, List<Mention> mentions,
      List<TemporalMention> temporal, Optional<StoryPartner> partner) {
    Optional<DateWindow> own = publication.infer(text, parsed.sentences(), mentions,
        PublicationWindow.infer(text, temporal));
    return partner.map(p -> PartnerWindow.infer(temporal, p, own)).or(() -> own);
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

  /**
   * The revision of an analysis made with evidence from {@code partner}: {@link #REVISION}
   * refined by {@code ;after=} the partner and its date, so a store can tell which evidence
   * an analysis used.
   */
  public String revision(Optional<StoryPartner> partner) {
    return partner.map(p -> REVISION + ";after=" + p.articleId() + "@" + p.published()).orElse(REVISION);
  }
}

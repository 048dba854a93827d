package org.dateline.nlp.actors;

import java.util.Objects;
import org.dateline.nlp.text.ParsedText;

/**
 * Finds who an article names and resolves every mention to an actor, within the article: the
 * front door of actor resolution. The rules are described in the package documentation.
 * Instances are immutable and safe to share between threads; a call costs far less than the
 * CoreNLP parse that feeds it.
 *
 * <pre>{@code
 * ActorResolver resolver = new ActorResolver(ActorDictionary.load(userFiles));
 * ArticleActors actors = resolver.resolve(parser.parse(article.text()));
 * }</pre>
 */
public final class ActorResolver {

  private final DictionaryIndex index;
  private final NameKeys keys;
  private final Lexicon lexicon;
  private final CandidateCollector collector;
  private final CapitalReader capitals;
  private final NameScanner scanner;
  private final MisspellingLinker misspellings;
  private final PlaceDoublets doublets;
  private final NestedNames nestedNames;
  private final ArticleAssembler assembler;

  /** A resolver over {@code dictionary}, with the bundled name rules and word lists. */
  public ActorResolver(ActorDictionary dictionary) {
    Objects.requireNonNull(dictionary, "dictionary");
    this.keys = NameKeys.standard();
    this.lexicon = Lexicon.standard();
    this.index = new DictionaryIndex(dictionary, keys);
    this.collector = new CandidateCollector(index, lexicon);
    this.capitals = new CapitalReader(index, lexicon);
    this.scanner = new NameScanner(keys, index);
    this.doublets = new PlaceDoublets(keys);
    this.nestedNames = new NestedNames(index);
    this.misspellings = new MisspellingLinker(keys, lexicon);
    this.assembler = new ArticleAssembler(index, lexicon);
  }

  /** A resolver over the {@link ActorDictionary#bundled() bundled dictionary}. */
  public static ActorResolver standard() {
    return new ActorResolver(ActorDictionary.bundled());
  }

  /** The mentions, actors and demonyms of one parsed article. All spans index {@code parsed.text()}. */
  public ArticleActors resolve(ParsedText parsed) {
    String text = parsed.text();
    Words words = new Words(text);
    CandidateCollector.Collected collected = collector.collect(parsed);
    ArticleLinker linker = new ArticleLinker(index, keys, lexicon, text);
    linker.linkAll(capitals.read(collected.candidates(), text, words));
    doublets.find(text, linker);
    scanner.scan(parsed, words, linker);
    misspellings.relink(linker, words, text);
    linker.linkNested(nestedNames.find(text, parsed.tokens(), linker.links()));
    return assembler.assemble(text, words, linker, collected.demonyms());
  }
}

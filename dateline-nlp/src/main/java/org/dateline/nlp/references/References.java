package org.dateline.nlp.references;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.model.ActorType;
import org.dateline.model.Quote;
import org.dateline.nlp.actors.ActorDictionary;
import org.dateline.nlp.actors.ArticleActors;
import org.dateline.nlp.actors.DictionaryEntry;
import org.dateline.nlp.text.ParsedText;

/**
 * Finds every place an article refers to an actor: the language layer's mentions, collective
 * names ("the Palestinian nation", "Israeli troops": {@code group-nouns.txt}) and descriptive
 * names ("the occupying regime": {@code epithets.tsv}). The event coder reads who acts from
 * these; the framing reader reads how each outlet names them.
 */
public final class References {

  private final RefFinder finder;

  private References(RefFinder finder) {
    this.finder = finder;
  }

  /** The bundled word lists, resolving groups and types through {@code dictionary}. */
  public static References bundled(ActorDictionary dictionary) {
    Map<String, ActorType> types = new HashMap<>();
    for (DictionaryEntry entry : dictionary.entries()) {
      types.put(entry.id(), entry.type());
    }
    return new References(new RefFinder(GroupNouns.bundled(dictionary), Epithets.bundled(),
        id -> types.getOrDefault(id, ActorType.GROUP)));
  }

  /** The article's tokens with every actor reference marked. */
  public Words read(ParsedText parsed, ArticleActors actors, List<Quote> quotes) {
    Words words = new Words(parsed, quotes);
    finder.mark(words, actors.mentions(), actors.demonyms());
    return words;
  }
}

package org.dateline.nlp.actors;

import java.util.Optional;
import org.dateline.model.ActorType;
import org.dateline.model.Span;

/**
 * A name found in an article before linking: where it stands (titles excluded), what kind of
 * actor it looks like, and the dictionary entry it matched, if any.
 *
 * @param span the name itself, without titles
 * @param type the type the tagger or dictionary gives
 * @param entryId the dictionary entry matched (for a capital, the country)
 * @param origin which rule found it
 */
record Candidate(Span span, ActorType type, Optional<String> entryId, Origin origin) {

  /** Which rule found a candidate. */
  enum Origin {
    /** the statistical name tagger */
    TAGGER,
    /** a dictionary name or alias */
    DICTIONARY,
    /** a dictionary country's capital; {@code entryId} is the country until the context decides */
    CAPITAL,
    /** an all-capitals agency credit: "(AFP)", "MEHR:" */
    CREDIT,
    /** a name the article used elsewhere, found again where the tagger missed it */
    LEARNED,
    /** a dictionary place named inside a longer name: "Lebanon" in "Islamic Resistance in Lebanon" */
    NESTED
  }

  String text(String article) {
    return span.slice(article);
  }
}

package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.model.ActorType;
import org.dateline.model.Span;
import org.dateline.nlp.actors.Candidate.Origin;

/**
 * A place's Arabic name written right after its English one is another name of the same place:
 * "Jerusalem al-Quds", "Hebron al-Khalil". The second name becomes a mention of the place, so the
 * article's later "al-Quds" alone links to it too.
 */
final class PlaceDoublets {

  private static final Pattern DOUBLET = Pattern.compile("[ \\u00a0]+((?:al|el|Al|El)[-‐]\\p{Lu}[\\p{L}’']*)");

  private final NameKeys keys;

  PlaceDoublets(NameKeys keys) {
    this.keys = keys;
  }

  void find(String text, ArticleLinker linker) {
    List<ArticleLinker.Link> places = new ArrayList<>();
    for (ArticleLinker.Link link : linker.links()) {
      if (link.actor().type() == ActorType.LOCATION) {
        places.add(link);
      }
    }
    Matcher matcher = DOUBLET.matcher(text);
    for (ArticleLinker.Link place : places) {
      matcher.region(place.candidate().span().end(), text.length());
      if (matcher.lookingAt()) {
        Span span = new Span(matcher.start(1), matcher.end(1));
        boolean free = linker.links().stream().noneMatch(l -> l.candidate().span().overlaps(span));
        if (free) {
          LocalActor actor = place.actor();
          linker.attachVariant(new Candidate(span, ActorType.LOCATION, actor.entryId, Origin.LEARNED), actor,
              keys.tokens(span.slice(text)));
        }
      }
    }
  }
}

package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.dateline.model.Span;

/**
 * Reads the roles written around a person's name (rule 2): the titles right before it
 * ("Brigadier General", outermost first), then the {@link RolePhrases role phrases} before and
 * after it. An actor owning a role (a possessive before its head, or the first actor after its
 * "of") comes with it.
 */
final class RoleReader {

  /** A role and the actor it is a role in, if the text names one. */
  record Role(String text, Optional<LocalActor> of) {}

  private static final int MAX_TITLES = 4;

  private final Lexicon lexicon;

  RoleReader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The roles around {@code link}'s name; {@code mentions} holds every mention by start offset. */
  List<Role> read(String text, Words words, ArticleLinker.Link link, NavigableMap<Integer, ArticleLinker.Link> mentions) {
    Span name = link.candidate().span();
    List<Role> roles = new ArrayList<>();
    int outer = name.start();
    List<String> before = new ArrayList<>();
    for (int n = 0; n < MAX_TITLES; n++) {
      Optional<Titles.Found> title = lexicon.titles.before(text, outer);
      if (title.isEmpty()) {
        break;
      }
      before.add(0, title.get().title());
      outer = title.get().start();
    }
    before.forEach(title -> roles.add(new Role(title, Optional.empty())));
    RolePhrases phrases = new RolePhrases(text, words, mentions, lexicon);
    phrases.before(outer).ifPresent(roles::add);
    phrases.after(name.end()).ifPresent(roles::add);
    return roles;
  }
}

package org.dateline.nlp.actors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.model.ActorType;
import org.dateline.model.Span;
import org.dateline.nlp.actors.Candidate.Origin;
import org.dateline.nlp.text.ParsedText;

/**
 * Finds an article's names again where the tagger missed them (rules 3 and 4): every form an
 * actor was written in, and a person's surname alone ("Qa'ani" after "Esmail Qa'ani", even in a
 * headline before it), as written; and any capitalized word whose key is a person's surname key
 * ("Ghaani" for "Qaani"). A form two actors share is ambiguous and not searched, and a capital
 * that stood for its country once is no form of the country elsewhere.
 */
final class NameScanner {

  private static final int MIN_LENGTH = 3;
  private static final int MIN_KEYED_LENGTH = 4;

  private final NameKeys keys;
  private final DictionaryIndex index;

  NameScanner(NameKeys keys, DictionaryIndex index) {
    this.keys = keys;
    this.index = index;
  }

  /** Links the further mentions found to their actors through {@code linker}. */
  void scan(ParsedText parsed, Words words, ArticleLinker linker) {
    String text = parsed.text();
    Map<String, Set<LocalActor>> forms = new TreeMap<>();
    Map<String, Set<LocalActor>> surnameKeys = new HashMap<>();
    for (LocalActor actor : linker.actors()) {
      for (String form : actor.forms.keySet()) {
        if (actor.type() == ActorType.COUNTRY && index.countryOfCapital(form).isPresent()) {
          continue;
        }
        add(forms, form, actor);
        if (actor.isPerson() && form.strip().contains(" ")) {
          String last = form.substring(form.lastIndexOf(' ') + 1);
          add(forms, last, actor);
          int hyphen = last.indexOf('-');
          if (hyphen > 0 && !keys.tokens(last).isEmpty()) {
            add(forms, last.substring(hyphen + 1), actor);
          }
        }
      }
      if (actor.isPerson()) {
        actor.surnameKeys.forEach(key -> add(surnameKeys, key, actor));
        actor.singleKeys.forEach(key -> add(surnameKeys, key, actor));
      }
    }
    List<Gazetteer.Form> unique = new ArrayList<>();
    List<LocalActor> targets = new ArrayList<>();
    forms.forEach((form, actors) -> {
      if (actors.size() == 1 && form.length() >= MIN_LENGTH) {
        unique.add(new Gazetteer.Form(form, Integer.toString(targets.size()), Gazetteer.Kind.NAME));
        targets.add(actors.iterator().next());
      }
    });
    BitSet covered = new BitSet(text.length());
    linker.links().forEach(link -> covered.set(link.candidate().span().start(), link.candidate().span().end()));
    for (Gazetteer.Match match : new Gazetteer(unique).find(text, parsed.tokens())) {
      if (covered.get(match.span().start(), match.span().end()).isEmpty()) {
        attach(linker, match.span(), targets.get(Integer.parseInt(match.target())), covered, text);
      }
    }
    for (int i = 0; i < words.size(); i++) {
      Span span = new Span(words.start(i), words.end(i));
      if (words.isCapitalized(i) && span.length() >= MIN_KEYED_LENGTH && covered.get(span.start(), span.end()).isEmpty()) {
        List<String> tokens = keys.tokens(words.text(i));
        Set<LocalActor> owners = tokens.size() == 1 ? surnameKeys.get(tokens.get(0)) : null;
        if (owners != null && owners.size() == 1) {
          attach(linker, span, owners.iterator().next(), covered, text);
        }
      }
    }
  }

  private void attach(ArticleLinker linker, Span span, LocalActor actor, BitSet covered, String text) {
    Candidate found = new Candidate(span, actor.type(), actor.entryId, Origin.LEARNED);
    linker.attach(found, actor, keys.tokens(span.slice(text)));
    covered.set(span.start(), span.end());
  }

  private static void add(Map<String, Set<LocalActor>> map, String key, LocalActor actor) {
    map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(actor);
  }
}

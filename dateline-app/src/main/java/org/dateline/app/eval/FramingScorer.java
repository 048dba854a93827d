package org.dateline.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dateline.model.Wording;
import org.dateline.model.WordingKind;

/**
 * Scores framing terms: how much of the gold's annotated wording Dateline surfaces. Two gold
 * shapes are read: a {@code framing} list ({@code target, doc, terms}), where a term is found
 * when a Dateline wording of that article matches it (the same words, or one inside the other
 * for descriptions), and correct when the wording's actor is the target's; and BASIL's
 * {@code articles} with annotated {@code spans}, where a {@code lex} span (loaded wording) is
 * found when a surfaced description, epithet or scare quote of that article overlaps it in
 * text, and a surfaced term counts as annotated when it overlaps any annotated span. Plain names
 * are not counted as surfaced terms there: they are how every outlet names an actor.
 */
final class FramingScorer {

  PartScore scoreTerms(JsonNode framing, StoreSnapshot store, CanonicalIds ids, Map<String, String> alignment) {
    int gold = 0;
    int found = 0;
    int correct = 0;
    List<String> misses = new ArrayList<>();
    java.util.Set<String> docs = new java.util.HashSet<>();
    java.util.Set<String> actorIds = new java.util.HashSet<>();
    store.analyses().values().forEach(a -> a.actors().forEach(x -> actorIds.add(x.id())));
    for (JsonNode entry : framing) {
      String doc = entry.get("doc").asText();
      docs.add(doc);
      String target = entry.get("target").asText();
      List<Wording> wordings = store.analysis(doc).map(a -> a.wordings()).orElse(List.of());
      for (JsonNode term : entry.get("terms")) {
        gold++;
        String want = normalize(term.asText());
        List<Wording> matching = wordings.stream().filter(w -> matches(w, want)).toList();
        Optional<Wording> match = matching.stream()
            .filter(w -> w.actorId().map(a -> ids.canonical(doc, a)).map(a -> a.equals(target)
                || a.equals(alignment.get(target))).orElse(false))
            .findFirst().or(() -> matching.stream().findFirst());
        if (match.isEmpty()) {
          misses.add(doc + ": not surfaced: \"" + term.asText() + "\" (" + target + ")");
          continue;
        }
        found++;
        Optional<String> actor = match.get().actorId().map(a -> ids.canonical(doc, a));
        boolean known = alignment.containsKey(target) || actorIds.contains(target);
        if (!known || actor.map(a -> a.equals(target) || a.equals(alignment.get(target))).orElse(false)) {
          correct++;
        } else {
          misses.add(doc + ": \"" + term.asText() + "\" given to " + actor.orElse("no actor") + ", not " + target);
        }
      }
    }
    int system = 0;
    for (String doc : docs) {
      system += store.analysis(doc).map(a -> (int) a.wordings().stream().filter(FramingScorer::surfaced).count())
          .orElse(0);
    }
    return new PartScore("framing", gold, system, found, correct, correct, misses);
  }

  PartScore scoreLoadedWords(JsonNode articles, StoreSnapshot store) {
    int lex = 0;
    int covered = 0;
    int surfaced = 0;
    int annotated = 0;
    List<String> misses = new ArrayList<>();
    var fields = articles.fields();
    while (fields.hasNext()) {
      var article = fields.next();
      Optional<List<Wording>> wordings = store.analysis(article.getKey()).map(a -> a.wordings());
      if (wordings.isEmpty()) {
        continue;
      }
      List<String> terms = wordings.get().stream().filter(FramingScorer::surfaced)
          .map(w -> normalize(w.text())).toList();
      List<String> spans = new ArrayList<>();
      for (JsonNode span : article.getValue().path("spans")) {
        String text = normalize(span.get("text").asText());
        spans.add(text);
        if (span.path("bias").asText().equals("lex")) {
          lex++;
          if (terms.stream().anyMatch(t -> overlap(t, text))) {
            covered++;
          } else {
            misses.add(article.getKey() + ": loaded wording not surfaced: \"" + span.get("text").asText() + "\"");
          }
        }
      }
      for (String term : terms) {
        surfaced++;
        if (spans.stream().anyMatch(s -> overlap(term, s))) {
          annotated++;
        }
      }
    }
    return new PartScore("loaded", lex, surfaced, covered, covered, annotated, misses);
  }

  private static boolean surfaced(Wording w) {
    return w.kind() != WordingKind.NAME;
  }

  private static boolean matches(Wording w, String want) {
    String got = normalize(w.text());
    if (got.equals(want)) {
      return true;
    }
    return w.kind() != WordingKind.NAME && want.length() > 3 && got.length() > 3 && overlap(got, want);
  }

  private static boolean overlap(String a, String b) {
    return (" " + a + " ").contains(" " + b + " ") || (" " + b + " ").contains(" " + a + " ");
  }

  private static String normalize(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[“”\"]", "").replaceAll("\\s+", " ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}

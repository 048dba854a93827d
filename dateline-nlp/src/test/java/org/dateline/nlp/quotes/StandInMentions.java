package org.dateline.nlp.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.model.ActorType;
import org.dateline.model.Mention;
import org.dateline.model.Span;
import org.dateline.nlp.text.NerLabel;
import org.dateline.nlp.text.NerSpan;
import org.dateline.nlp.text.ParsedText;

/**
 * A stand-in for the actor resolver in whole-article tests: tagger PERSON spans become person
 * mentions whose id is the slug of the longest full name in the article with the same last word;
 * untagged words equal to such a last word become mentions too; ORGANIZATION spans become
 * organization mentions.
 */
final class StandInMentions {

  private static final Set<String> HONORIFICS = Set.of(
      "ayatollah", "imam", "sayyed", "seyed", "sheikh", "general", "brigadier", "mr.", "ms.", "mrs.", "dr.",
      "president", "gov.", "sen.", "rep.");

  private StandInMentions() {}

  static List<Mention> of(ParsedText parsed) {
    Map<String, String> fullNames = new HashMap<>();
    for (NerSpan entity : parsed.entities()) {
      if (entity.label() == NerLabel.PERSON) {
        List<String> parts = name(entity.text());
        String last = key(parts.get(parts.size() - 1));
        String full = String.join(" ", parts);
        if (full.length() > fullNames.getOrDefault(last, "").length()) {
          fullNames.put(last, full);
        }
      }
    }
    List<Mention> mentions = new ArrayList<>();
    List<Span> covered = new ArrayList<>();
    for (NerSpan entity : parsed.entities()) {
      covered.add(entity.span());
      if (entity.label() == NerLabel.PERSON) {
        List<String> parts = name(entity.text());
        String id = slug(fullNames.get(key(parts.get(parts.size() - 1))));
        mentions.add(new Mention(entity.span(), entity.text(), id, ActorType.PERSON, List.of()));
      } else if (entity.label() == NerLabel.ORGANIZATION) {
        mentions.add(new Mention(entity.span(), entity.text(), slug(entity.text()), ActorType.ORGANIZATION, List.of()));
      }
    }
    for (Span token : parsed.tokens()) {
      String word = token.slice(parsed.text());
      String full = fullNames.get(key(word));
      if (full != null && Character.isUpperCase(word.charAt(0)) && covered.stream().noneMatch(s -> s.overlaps(token))) {
        mentions.add(new Mention(token, word, slug(full), ActorType.PERSON, List.of()));
      }
    }
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return mentions;
  }

  private static List<String> name(String text) {
    List<String> parts = new ArrayList<>(List.of(text.trim().split("\\s+")));
    while (parts.size() > 1 && HONORIFICS.contains(parts.get(0).toLowerCase(Locale.ROOT))) {
      parts.remove(0);
    }
    return parts;
  }

  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replaceAll("[’'‘]", "");
  }

  static String slug(String name) {
    return key(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }
}

package org.dateline.nlp.events;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.nlp.references.Resources;

/**
 * The written forms of an English verb: base, third person, past, past participle and -ing,
 * from the regular spelling rules plus a table of irregular verbs. Where a rule is unsure
 * (consonant doubling: "admitted" but "visited") both spellings are produced; a form no verb
 * takes costs nothing.
 */
public final class VerbForms {

  private final Map<String, List<String>> irregular;

  VerbForms(Map<String, List<String>> irregular) {
    this.irregular = Map.copyOf(irregular);
  }

  /** Reads the bundled table of irregular verbs. */
  public static VerbForms bundled() {
    Map<String, List<String>> table = new java.util.HashMap<>();
    for (String line : Resources.lines(EventCoder.class, "irregular-verbs.txt")) {
      String[] parts = line.split("\\s+");
      table.put(parts[0], List.of(parts).subList(1, parts.length));
    }
    return new VerbForms(table);
  }

  /** Every irregular form the table lists ("met", "told", "led"), base forms left out. */
  public Set<String> irregularForms() {
    Set<String> forms = new HashSet<>();
    irregular.values().forEach(forms::addAll);
    return Set.copyOf(forms);
  }

  /** Every form of {@code base}, lower case, the base included. */
  Set<String> of(String base) {
    String verb = base.toLowerCase(Locale.ROOT);
    Set<String> forms = new LinkedHashSet<>();
    forms.add(verb);
    forms.add(thirdPerson(verb));
    forms.add(past(verb));
    forms.add(ing(verb));
    if (doubles(verb)) {
      String doubled = verb + verb.charAt(verb.length() - 1);
      forms.add(doubled + "ed");
      forms.add(doubled + "ing");
    }
    forms.addAll(irregular.getOrDefault(verb, List.of()));
    return forms;
  }

  private static String thirdPerson(String verb) {
    if (verb.matches(".*(s|x|z|ch|sh|o)")) {
      return verb + "es";
    }
    if (verb.matches(".*[^aeiou]y")) {
      return verb.substring(0, verb.length() - 1) + "ies";
    }
    return verb + "s";
  }

  private static String past(String verb) {
    if (verb.endsWith("e")) {
      return verb + "d";
    }
    if (verb.matches(".*[^aeiou]y")) {
      return verb.substring(0, verb.length() - 1) + "ied";
    }
    return verb + "ed";
  }

  private static String ing(String verb) {
    if (verb.endsWith("ie")) {
      return verb.substring(0, verb.length() - 2) + "ying";
    }
    if (verb.endsWith("e") && !verb.endsWith("ee") && verb.length() > 2) {
      return verb.substring(0, verb.length() - 1) + "ing";
    }
    return verb + "ing";
  }

  /** Ends in one vowel then one consonant ("ban", "admit", "visit"): may double. */
  private static boolean doubles(String verb) {
    return verb.matches(".*[^aeiou][aeiou][bdgklmnprt]");
  }
}

package org.dateline.nlp.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the shape and the internal consistency of the bundled starter actor dictionary. It does
 * not check facts; it checks that the file is something the resolver can load without surprises.
 */
class StarterDictionaryTest {

  private static final String RESOURCE = "/org/dateline/nlp/actors/starter-dictionary.jsonl";

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final Set<String> TYPES =
      Set.of("PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "GROUP");

  private static final Set<String> FIELDS =
      Set.of(
          "id", "name", "type", "aliases", "capital", "demonyms", "country", "affiliation", "born",
          "died", "roles", "metonyms", "note");

  private static final Set<String> ROLE_FIELDS = Set.of("role", "from", "to", "elected");

  /**
   * Surface forms (name or alias, compared case-insensitively) that may belong to more than one
   * entry, each with the entries allowed to share it and the reason. Everything else must be unique.
   */
  private static final Map<String, Shared> SHARED_SURFACE_FORMS =
      Map.of(
          "rsf",
          new Shared(
              Set.of("rapid-support-forces", "reporters-without-borders"),
              "Sudan's Rapid Support Forces and Reporters Without Borders (Reporters sans"
                  + " frontières) are both abbreviated RSF in news; context decides."));

  /** Demonyms that more than one country legitimately uses, with the reason. */
  private static final Map<String, Shared> SHARED_DEMONYMS =
      Map.of(
          "congolese",
          new Shared(
              Set.of("democratic-republic-of-the-congo", "republic-of-the-congo"),
              "Both Congos use 'Congolese'."),
          "dominican",
          new Shared(
              Set.of("dominica", "dominican-republic"),
              "Dominica and the Dominican Republic both use 'Dominican'."),
          "dominicans",
          new Shared(
              Set.of("dominica", "dominican-republic"),
              "Dominica and the Dominican Republic both use 'Dominicans'."));

  private record Shared(Set<String> ids, String reason) {}

  private record Line(int number, JsonNode node) {
    String id() {
      return node.path("id").asText();
    }

    String type() {
      return node.path("type").asText();
    }

    String where() {
      return "line " + number + " (" + id() + ")";
    }
  }

  private static final List<Line> lines = new ArrayList<>();
  private static final List<String> parseErrors = new ArrayList<>();
  private static final Map<String, Line> byId = new LinkedHashMap<>();

  @BeforeAll
  static void load() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (InputStream in = StarterDictionaryTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as("resource %s", RESOURCE).isNotNull();
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8));
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        try {
          JsonNode node = mapper.readTree(text);
          if (node == null || !node.isObject()) {
            parseErrors.add("line " + number + ": not a JSON object");
          } else {
            lines.add(new Line(number, node));
          }
        } catch (JsonProcessingException e) {
          parseErrors.add("line " + number + ": " + e.getOriginalMessage());
        }
      }
    }
    for (Line line : lines) {
      byId.putIfAbsent(line.id(), line);
    }
  }

  @Test
  void everyLineIsAJsonObject() {
    assertThat(parseErrors).isEmpty();
    assertThat(lines).hasSizeGreaterThan(500);
  }

  @Test
  void onlyKnownFieldsAndRequiredFieldsPresent() {
    List<String> problems = new ArrayList<>();
    for (Line line : lines) {
      JsonNode n = line.node();
      n.fieldNames()
          .forEachRemaining(
              f -> {
                if (!FIELDS.contains(f)) {
                  problems.add(line.where() + ": unknown field '" + f + "'");
                }
              });
      requireText(problems, line, "id");
      requireText(problems, line, "name");
      requireText(problems, line, "type");
      if (!n.path("aliases").isArray()) {
        problems.add(line.where() + ": 'aliases' must be an array");
      }
      for (String f : List.of("aliases", "demonyms", "metonyms")) {
        if (n.has(f)) {
          checkStringArray(problems, line, f);
        }
      }
      for (String f : List.of("capital", "country", "affiliation", "born", "died", "note")) {
        if (n.has(f) && !isNonBlankText(n.get(f))) {
          problems.add(line.where() + ": '" + f + "' must be a non-blank string when present");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void typesAreKnownAndTypeSpecificFieldsMatch() {
    List<String> problems = new ArrayList<>();
    for (Line line : lines) {
      JsonNode n = line.node();
      String type = line.type();
      if (!TYPES.contains(type)) {
        problems.add(line.where() + ": unknown type '" + type + "'");
        continue;
      }
      boolean country = type.equals("COUNTRY");
      boolean person = type.equals("PERSON");
      if (country) {
        if (!n.path("demonyms").isArray()) {
          problems.add(line.where() + ": a COUNTRY needs 'demonyms'");
        }
        if (!n.has("capital") && !n.has("note")) {
          problems.add(line.where() + ": a COUNTRY without 'capital' must say why in 'note'");
        }
        if (n.has("country") || n.has("affiliation")) {
          problems.add(line.where() + ": a COUNTRY has no 'country' or 'affiliation'");
        }
      } else {
        for (String f : List.of("capital", "demonyms")) {
          if (n.has(f)) {
            problems.add(line.where() + ": '" + f + "' is for COUNTRY entries only");
          }
        }
      }
      if (!person) {
        for (String f : List.of("born", "died", "roles")) {
          if (n.has(f)) {
            problems.add(line.where() + ": '" + f + "' is for PERSON entries only");
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void idsAreUniqueSlugs() {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (Line line : lines) {
      String id = line.id();
      if (!SLUG.matcher(id).matches()) {
        problems.add(line.where() + ": id is not slug-shaped");
      }
      Integer first = seen.putIfAbsent(id, line.number());
      if (first != null) {
        problems.add(line.where() + ": id already used on line " + first);
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void referencesPointAtEntriesOfTheRightType() {
    List<String> problems = new ArrayList<>();
    for (Line line : lines) {
      JsonNode n = line.node();
      if (n.has("country")) {
        String target = n.get("country").asText();
        Line ref = byId.get(target);
        if (ref == null) {
          problems.add(line.where() + ": country '" + target + "' is not an entry");
        } else if (!ref.type().equals("COUNTRY")) {
          problems.add(line.where() + ": country '" + target + "' is a " + ref.type());
        }
      }
      if (n.has("affiliation")) {
        String target = n.get("affiliation").asText();
        Line ref = byId.get(target);
        if (ref == null) {
          problems.add(line.where() + ": affiliation '" + target + "' is not an entry");
        } else if (target.equals(line.id())) {
          problems.add(line.where() + ": affiliation points at itself");
        } else if (!Set.of("ORGANIZATION", "GROUP").contains(ref.type())) {
          problems.add(line.where() + ": affiliation '" + target + "' is a " + ref.type());
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noAffiliationCycles() {
    List<String> problems = new ArrayList<>();
    for (Line line : lines) {
      Set<String> path = new TreeSet<>();
      String current = line.id();
      while (current != null) {
        if (!path.add(current)) {
          problems.add(line.where() + ": affiliation cycle through " + path);
          break;
        }
        Line l = byId.get(current);
        current = l != null && l.node().has("affiliation") ? l.node().get("affiliation").asText() : null;
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void datesAreIsoAndInOrder() {
    List<String> problems = new ArrayList<>();
    for (Line line : lines) {
      JsonNode n = line.node();
      LocalDate born = date(problems, line, "born", n.get("born"));
      LocalDate died = date(problems, line, "died", n.get("died"));
      if (born != null && died != null && born.isAfter(died)) {
        problems.add(line.where() + ": born after died");
      }
      if (!n.has("roles")) {
        continue;
      }
      if (!n.get("roles").isArray()) {
        problems.add(line.where() + ": 'roles' must be an array");
        continue;
      }
      int i = 0;
      for (JsonNode role : n.get("roles")) {
        String where = "roles[" + i++ + "]";
        if (!role.isObject()) {
          problems.add(line.where() + ": " + where + " is not an object");
          continue;
        }
        role.fieldNames()
            .forEachRemaining(
                f -> {
                  if (!ROLE_FIELDS.contains(f)) {
                    problems.add(line.where() + ": " + where + " has unknown field '" + f + "'");
                  }
                });
        if (!isNonBlankText(role.get("role"))) {
          problems.add(line.where() + ": " + where + " needs a 'role'");
        }
        if (!role.has("from") || !role.has("to")) {
          problems.add(line.where() + ": " + where + " needs 'from' and 'to' (null when open)");
        }
        LocalDate from = date(problems, line, where + ".from", role.get("from"));
        LocalDate to = date(problems, line, where + ".to", role.get("to"));
        LocalDate elected = date(problems, line, where + ".elected", role.get("elected"));
        if (from != null && to != null && from.isAfter(to)) {
          problems.add(line.where() + ": " + where + " starts after it ends");
        }
        if (elected != null && from != null && elected.isAfter(from)) {
          problems.add(line.where() + ": " + where + " elected after taking office");
        }
        if (died != null && from != null && from.isAfter(died)) {
          problems.add(line.where() + ": " + where + " starts after death");
        }
        if (died != null && to == null && role.has("to")) {
          problems.add(line.where() + ": " + where + " is open but the person has died");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void noSurfaceFormBelongsToTwoEntriesUnlessAllowed() {
    Map<String, Set<String>> owners = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Line line : lines) {
      JsonNode n = line.node();
      List<String> forms = surfaceForms(n);
      Set<String> exact = new TreeSet<>();
      for (String form : forms) {
        // Case variants of one form within an entry ("NATO", "Nato") are fine; exact repeats are not.
        if (!exact.add(form)) {
          problems.add(line.where() + ": '" + form + "' is listed twice (name counts)");
        }
        owners.computeIfAbsent(key(form), k -> new TreeSet<>()).add(line.id());
      }
    }
    owners.forEach(
        (form, ids) -> {
          if (ids.size() > 1) {
            Shared allowed = SHARED_SURFACE_FORMS.get(form);
            if (allowed == null || !allowed.ids().containsAll(ids)) {
              problems.add("'" + form + "' is a name or alias of " + ids);
            }
          }
        });
    SHARED_SURFACE_FORMS.forEach(
        (form, shared) -> {
          assertThat(shared.reason()).isNotBlank();
          assertThat(owners.get(form))
              .as("allow-list entry '%s' is still needed", form)
              .isNotNull()
              .hasSizeGreaterThan(1);
        });
    assertThat(problems).isEmpty();
  }

  @Test
  void demonymsAreUnambiguousUnlessAllowed() {
    Map<String, Set<String>> surface = new HashMap<>();
    for (Line line : lines) {
      for (String form : surfaceForms(line.node())) {
        surface.computeIfAbsent(key(form), k -> new TreeSet<>()).add(line.id());
      }
    }
    Map<String, Set<String>> owners = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Line line : lines) {
      for (JsonNode d : line.node().path("demonyms")) {
        String key = key(d.asText());
        owners.computeIfAbsent(key, k -> new TreeSet<>()).add(line.id());
        Set<String> clash = surface.get(key);
        if (clash != null) {
          problems.add(line.where() + ": demonym '" + d.asText() + "' is also a name or alias of " + clash);
        }
      }
    }
    owners.forEach(
        (form, ids) -> {
          if (ids.size() > 1) {
            Shared allowed = SHARED_DEMONYMS.get(form);
            if (allowed == null || !allowed.ids().equals(ids)) {
              problems.add("demonym '" + form + "' is used by " + ids);
            }
          }
        });
    SHARED_DEMONYMS.values().forEach(s -> assertThat(s.reason()).isNotBlank());
    assertThat(problems).isEmpty();
  }

  @Test
  void capitalIsNotAlsoAnAlias() {
    List<String> problems = new ArrayList<>();
    for (Line line : lines) {
      JsonNode n = line.node();
      if (!n.has("capital")) {
        continue;
      }
      String capital = key(n.get("capital").asText());
      for (JsonNode alias : n.path("aliases")) {
        if (key(alias.asText()).equals(capital)) {
          problems.add(line.where() + ": capital '" + capital + "' is also an alias");
        }
      }
      for (JsonNode metonym : n.path("metonyms")) {
        if (key(metonym.asText()).equals(capital)) {
          problems.add(line.where() + ": capital '" + capital + "' is also a metonym");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void metonymsAreNotSharedBetweenEntries() {
    Map<String, String> owner = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (Line line : lines) {
      for (JsonNode m : line.node().path("metonyms")) {
        String previous = owner.putIfAbsent(key(m.asText()), line.id());
        if (previous != null) {
          problems.add(line.where() + ": metonym '" + m.asText() + "' already used by " + previous);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  private static List<String> surfaceForms(JsonNode n) {
    List<String> forms = new ArrayList<>();
    forms.add(n.path("name").asText());
    for (JsonNode alias : n.path("aliases")) {
      forms.add(alias.asText());
    }
    return forms;
  }

  private static String key(String form) {
    return form.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isNonBlankText(@Nullable JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank();
  }

  private static void requireText(List<String> problems, Line line, String field) {
    if (!isNonBlankText(line.node().get(field))) {
      problems.add(line.where() + ": '" + field + "' must be a non-blank string");
    }
  }

  private static void checkStringArray(List<String> problems, Line line, String field) {
    JsonNode array = line.node().get(field);
    if (!array.isArray()) {
      problems.add(line.where() + ": '" + field + "' must be an array");
      return;
    }
    for (JsonNode item : array) {
      if (!isNonBlankText(item) || !item.asText().equals(item.asText().strip())) {
        problems.add(line.where() + ": '" + field + "' holds a blank or untrimmed value");
      }
    }
  }

  private static @Nullable LocalDate date(
      List<String> problems, Line line, String field, @Nullable JsonNode value) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() || !ISO_DATE.matcher(value.asText()).matches()) {
      problems.add(line.where() + ": " + field + " is not an ISO date (yyyy-mm-dd)");
      return null;
    }
    try {
      return LocalDate.parse(value.asText());
    } catch (DateTimeParseException e) {
      problems.add(line.where() + ": " + field + " is not a real date: " + value.asText());
      return null;
    }
  }
}

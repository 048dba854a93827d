package org.dateline.app.framing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dateline.app.eval.CanonicalIds;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Event;
import org.dateline.model.Figure;
import org.dateline.model.Participant;
import org.dateline.model.Quote;
import org.dateline.model.Wording;
import org.dateline.model.WordingKind;

/**
 * How the outlets of one story tell it, side by side: for each actor, the words each outlet uses
 * for it; each outlet's scare quotes; and the quotes, figures and events only one outlet
 * includes. Built with the same rules for every outlet and actor: it reports wording, it passes
 * no verdict.
 */
public final class FramingTable {

  /** The articles of a story with their analyses. */
  public record Report(Article article, Analysis analysis) {
    String outlet() {
      return article.outlet().orElse(article.id());
    }
  }

  /** What one outlet alone includes. */
  public record OnlyIn(List<String> quotes, List<String> figures, List<String> events) {}

  private final Map<String, Map<String, Set<String>>> byActor = new TreeMap<>();
  private final Map<String, Set<String>> scareQuotes = new TreeMap<>();
  private final Map<String, Set<String>> loaded = new TreeMap<>();
  private final Map<String, OnlyIn> onlyIn = new TreeMap<>();

  private FramingTable() {}

  /** The table for a story's reports; actor ids are made canonical across the store. */
  public static FramingTable of(List<Report> reports, CanonicalIds ids) {
    FramingTable table = new FramingTable();
    Map<String, Set<String>> quotes = new LinkedHashMap<>();
    Map<String, Set<String>> figures = new LinkedHashMap<>();
    Map<String, Set<String>> events = new LinkedHashMap<>();
    for (Report report : reports) {
      String outlet = report.outlet();
      String article = report.article().id();
      for (Wording wording : report.analysis().wordings()) {
        String term = wording.text().replaceAll("\\s+", " ");
        if (wording.kind() == WordingKind.SCARE_QUOTE) {
          table.scareQuotes.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(term);
        } else if (wording.kind() == WordingKind.LOADED) {
          table.loaded.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(term.toLowerCase(Locale.ROOT));
        } else {
          wording.actorId().ifPresent(actor -> table.byActor
              .computeIfAbsent(ids.canonical(article, actor), k -> new TreeMap<>())
              .computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(term));
        }
      }
      for (Quote quote : report.analysis().quotes()) {
        String speaker = quote.speakerId().map(s -> ids.canonical(article, s)).orElse("unknown speaker");
        quotes.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(speaker + ": " + shorten(quote.text()));
      }
      for (Figure figure : report.analysis().figures()) {
        figures.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(number(figure.value()) + " " + figure.what());
      }
      for (Event event : report.analysis().events()) {
        events.computeIfAbsent(outlet, k -> new LinkedHashSet<>()).add(event.root() + " "
            + ids.canonical(article, event.actor1().actorId()) + " -> "
            + event.actor2().map(Participant::actorId).map(a -> ids.canonical(article, a)).orElse("-"));
      }
    }
    Set<String> outlets = new LinkedHashSet<>();
    reports.forEach(r -> outlets.add(r.outlet()));
    for (String outlet : outlets) {
      table.onlyIn.put(outlet, new OnlyIn(alone(quotes, outlet, FramingTable::quoteKey),
          alone(figures, outlet, s -> s.toLowerCase(Locale.ROOT)), alone(events, outlet, s -> s)));
    }
    return table;
  }

  /** Actor id to outlet to the terms that outlet uses for it, in order of first use. */
  public Map<String, Map<String, Set<String>>> byActor() {
    return byActor;
  }

  /** Outlet to the words it puts in scare quotes. */
  public Map<String, Set<String>> scareQuotes() {
    return scareQuotes;
  }

  /** Outlet to the loaded words it uses in its own voice. */
  public Map<String, Set<String>> loaded() {
    return loaded;
  }

  /** Outlet to what it alone includes, when the story has more than one outlet. */
  public Map<String, OnlyIn> onlyIn() {
    return onlyIn.size() > 1 ? onlyIn : Map.of();
  }

  private static List<String> alone(Map<String, Set<String>> items, String outlet,
      java.util.function.Function<String, String> key) {
    List<String> only = new ArrayList<>();
    for (String item : items.getOrDefault(outlet, Set.of())) {
      String k = key.apply(item);
      boolean elsewhere = items.entrySet().stream().filter(e -> !e.getKey().equals(outlet))
          .anyMatch(e -> e.getValue().stream().anyMatch(other -> key.apply(other).equals(k)));
      if (!elsewhere) {
        only.add(item);
      }
    }
    return only;
  }

  /** Quotes compare by speaker and their first words: two outlets often cut the same quote differently. */
  private static String quoteKey(String quote) {
    String lower = quote.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}: ]", "");
    String[] words = lower.split("\\s+");
    return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 6)));
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() > 90 ? flat.substring(0, 87) + "…" : flat;
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}

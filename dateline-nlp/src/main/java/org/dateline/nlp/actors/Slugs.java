package org.dateline.nlp.actors;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ids from names: "Esmail Qa'ani" -> {@code esmail-qaani}. */
final class Slugs {

  private Slugs() {}

  /** Lowercase ASCII letters and digits joined by single hyphens; "actor" if nothing is left. */
  static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    String slug = decomposed.replaceAll("[\\p{M}'’‘ʼʻʿʾ`´.]", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "actor" : slug;
  }
}

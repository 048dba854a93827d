package org.dateline.app.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The three-letter CAMEO (ISO 3166-1 alpha-3) code of each country actor id, from the bundled
 * {@code country-codes.tsv}; its header says where the codes come from.
 */
final class CountryCodes {

  private static final String FILE = "country-codes.tsv";

  /** Reads the bundled file on first use. */
  private static final class Bundled {
    static final CountryCodes INSTANCE = read();
  }

  private final Map<String, String> codes;

  private CountryCodes(Map<String, String> codes) {
    this.codes = Map.copyOf(codes);
  }

  static CountryCodes bundled() {
    return Bundled.INSTANCE;
  }

  /** The code of the country whose actor id is {@code id} ({@code "IRN"} for {@code "iran"}). */
  Optional<String> code(String id) {
    return Optional.ofNullable(codes.get(id));
  }

  private static CountryCodes read() {
    InputStream stream = CountryCodes.class.getResourceAsStream(FILE);
    if (stream == null) {
      throw new IllegalStateException("bundled list " + FILE + " is missing from the jar");
    }
    Map<String, String> codes = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length < 2 || !fields[1].matches("[A-Z]{3}")) {
          throw new IllegalStateException(FILE + ": expected 'id<TAB>code<TAB>name', got '" + line + "'");
        }
        codes.put(fields[0], fields[1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled list " + FILE, e);
    }
    return new CountryCodes(codes);
  }
}

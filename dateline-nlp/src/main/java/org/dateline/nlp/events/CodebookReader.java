package org.dateline.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.model.CameoCode;

/**
 * Reads a codebook file: {@code #} comment lines and blank lines anywhere, then a header line
 * naming the tab-separated columns ({@code code, name, goldstein, plover}, optionally
 * {@code plover_mode}, in any order; other columns are ignored), then one code a line.
 */
final class CodebookReader {

  /** The PLOVER event types a code may map to. */
  static final Set<String> PLOVER_TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
      "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
      "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private static final List<String> REQUIRED = List.of("code", "name", "goldstein", "plover");

  private CodebookReader() {}

  /**
   * The codes of one file, in file order.
   *
   * @param name the file's name, for error messages
   * @throws IllegalArgumentException naming the file and line of a missing header column, a
   *     row with too few fields, a malformed code or value, an unknown PLOVER type or a code
   *     listed twice
   */
  static List<CameoCode> read(String name, BufferedReader in) throws IOException {
    Map<String, Integer> columns = null;
    List<CameoCode> codes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String where = name + ":" + number;
      String[] fields = line.split("\t", -1);
      if (columns == null) {
        columns = header(where, fields);
        continue;
      }
      CameoCode code = row(where, fields, columns);
      if (!seen.add(code.code())) {
        throw new IllegalArgumentException(where + ": code " + code.code() + " is listed twice");
      }
      codes.add(code);
    }
    if (columns == null) {
      throw new IllegalArgumentException(name + ": no header line " + REQUIRED);
    }
    return codes;
  }

  private static Map<String, Integer> header(String where, String[] fields) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < fields.length; i++) {
      columns.putIfAbsent(fields[i].strip().toLowerCase(Locale.ROOT), i);
    }
    for (String column : REQUIRED) {
      if (!columns.containsKey(column)) {
        throw new IllegalArgumentException(where + ": the header has no column '" + column + "'");
      }
    }
    return columns;
  }

  private static CameoCode row(String where, String[] fields, Map<String, Integer> columns) {
    String code = field(where, fields, columns, "code");
    if (!CameoCode.isCode(code)) {
      throw new IllegalArgumentException(where + ": '" + code + "' is not a CAMEO code (2 to 4 digits)");
    }
    double goldstein;
    try {
      goldstein = Double.parseDouble(field(where, fields, columns, "goldstein"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(where + ": Goldstein value of " + code + " is not a number");
    }
    String plover = field(where, fields, columns, "plover");
    if (!plover.isEmpty() && !PLOVER_TYPES.contains(plover)) {
      throw new IllegalArgumentException(where + ": '" + plover + "' is not a PLOVER event type");
    }
    String mode = columns.containsKey("plover_mode") ? field(where, fields, columns, "plover_mode") : "";
    try {
      return new CameoCode(code, field(where, fields, columns, "name"), goldstein,
          optional(plover), optional(mode));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  private static String field(String where, String[] fields, Map<String, Integer> columns, String column) {
    int index = columns.get(column);
    if (index >= fields.length) {
      throw new IllegalArgumentException(where + ": no value for column '" + column + "'");
    }
    return fields[index].strip();
  }

  private static Optional<String> optional(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}

package org.dateline.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the CAMEO event codebook: a code, what it means, and the values commonly derived
 * from it.
 *
 * @param code 2 to 4 digits ({@code "04"}, {@code "042"}, {@code "0871"}); the first two are the
 *     root class
 * @param name the CAMEO manual's label ("Make a visit")
 * @param goldstein the code's Goldstein scale value, from -10 (most conflictual) to +10 (most
 *     cooperative)
 * @param plover the PLOVER event type the code maps to ("CONSULT"), where PLOVER has one
 * @param ploverMode the PLOVER mode ("visit"), where the mapping gives one
 */
public record CameoCode(
    String code, String name, double goldstein, Optional<String> plover, Optional<String> ploverMode) {

  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(ploverMode, "ploverMode");
    if (!isCode(code)) {
      throw new IllegalArgumentException("not a CAMEO code (2 to 4 digits): '" + code + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("CAMEO code " + code + " has no name");
    }
    if (!(goldstein >= -10 && goldstein <= 10)) {
      throw new IllegalArgumentException("Goldstein value of " + code + " not in [-10, 10]: " + goldstein);
    }
    if (ploverMode.isPresent() && plover.isEmpty()) {
      throw new IllegalArgumentException("CAMEO code " + code + " has a PLOVER mode but no PLOVER type");
    }
  }

  /** Whether {@code value} has the form of a CAMEO event code: 2 to 4 ASCII digits. */
  public static boolean isCode(String value) {
    return value.length() >= 2 && value.length() <= 4 && value.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** The root class: the first two digits ({@code "04"} for {@code "042"}). */
  public String root() {
    return code.substring(0, 2);
  }

  /** The base code: the first three digits ({@code "087"} for {@code "0871"}), or the root itself. */
  public String base() {
    return code.length() > 3 ? code.substring(0, 3) : code;
  }
}

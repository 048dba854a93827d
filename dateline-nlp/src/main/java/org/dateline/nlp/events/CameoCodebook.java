package org.dateline.nlp.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dateline.model.CameoCode;

/**
 * The CAMEO event codebook: every code with its label, Goldstein value and PLOVER mapping.
 * Immutable; {@link #bundled()} is read once and shared.
 */
public final class CameoCodebook {

  private static final String BUNDLED_FILE = "cameo-codes.tsv";

  /** Reads the bundled file on first use. */
  private static final class Bundled {
    static final CameoCodebook INSTANCE = readBundled();
  }

  /** Codes in code order: each root, then its codes ("04", "040", "041", ..., "05"). */
  private final Map<String, CameoCode> codes;

  private CameoCodebook(Map<String, CameoCode> codes) {
    this.codes = codes;
  }

  /** The CAMEO 1.1b3 codebook bundled with Dateline ({@code cameo-codes.tsv}). */
  public static CameoCodebook bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * This codebook with the codes of a user file in the bundled format added: a code already here
   * is replaced by the file's row, a new one is added. This codebook is left as it is.
   *
   * @throws IllegalArgumentException naming the line of a malformed row, or a code whose root
   *     class is in neither codebook
   */
  public CameoCodebook extendedWith(Path file) throws IOException {
    Map<String, CameoCode> merged = new TreeMap<>(codes);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CameoCode code : CodebookReader.read(file.toString(), in)) {
        merged.put(code.code(), code);
      }
    }
    requireRoots(file.toString(), merged);
    return new CameoCodebook(merged);
  }

  /** The entry of {@code code}, or empty if the codebook has none. */
  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /**
   * The entry of {@code code}.
   *
   * @throws IllegalArgumentException if the codebook has no such code
   */
  public CameoCode get(String code) {
    CameoCode found = codes.get(code);
    if (found == null) {
      throw new IllegalArgumentException("unknown CAMEO code: '" + code + "'");
    }
    return found;
  }

  /** Every code, in code order: each root class followed by its codes. */
  public List<CameoCode> all() {
    return List.copyOf(codes.values());
  }

  /**
   * Whether {@code code} falls under {@code prefix}: a root class ({@code "04"}) covers every code
   * of the class ({@code "04"}, {@code "042"}, {@code "0441"}), a base code ({@code "087"}) its
   * 4-digit codes, and every code covers itself.
   *
   * @throws IllegalArgumentException if either is not 2 to 4 digits
   */
  public static boolean matches(String code, String prefix) {
    for (String value : new String[] {code, prefix}) {
      if (!CameoCode.isCode(value)) {
        throw new IllegalArgumentException("not a CAMEO code (2 to 4 digits): '" + value + "'");
      }
    }
    return code.startsWith(prefix);
  }

  private static CameoCodebook readBundled() {
    InputStream stream = CameoCodebook.class.getResourceAsStream(BUNDLED_FILE);
    if (stream == null) {
      throw new IllegalStateException("bundled codebook " + BUNDLED_FILE + " is missing from the jar");
    }
    Map<String, CameoCode> codes = new TreeMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (CameoCode code : CodebookReader.read(BUNDLED_FILE, in)) {
        codes.put(code.code(), code);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled codebook " + BUNDLED_FILE, e);
    }
    requireRoots(BUNDLED_FILE, codes);
    return new CameoCodebook(codes);
  }

  private static void requireRoots(String name, Map<String, CameoCode> codes) {
    for (CameoCode code : codes.values()) {
      if (!codes.containsKey(code.root())) {
        throw new IllegalArgumentException(name + ": code " + code.code() + " has no root class " + code.root());
      }
    }
  }
}

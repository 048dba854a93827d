package org.dateline.app.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * Writes events as a GDELT 2.0 Event table: tab-separated, one event a line, the 61 columns of
 * {@link #COLUMNS} in GDELT's order, UTF-8. GDELT's own files have no header line; this writer
 * writes one only when asked. Which fields Dateline fills, and how, is told in {@link GdeltFields}.
 *
 * <p>Like {@link JsonlWriter}, it writes to a temporary file beside the target that replaces the
 * target only when {@link #close()} succeeds.
 */
public final class GdeltEventWriter implements Closeable {

  /** The GDELT 2.0 Event table's columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
      "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
      "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
      "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
      "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
      "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
      "NumMentions", "NumSources", "NumArticles", "AvgTone",
      "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
      "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
      "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
      "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
      "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
      "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
      "DATEADDED", "SOURCEURL");

  private final Path target;
  private final Path temporary;
  private final BufferedWriter out;
  private final Instant dateAdded;
  private final CountryCodes countries = CountryCodes.bundled();
  private long rows;

  /**
   * Opens the writer.
   *
   * @param target the file to write
   * @param includeHeader whether the first line names the columns
   * @param dateAdded when the events were added, written as DATEADDED
   */
  public GdeltEventWriter(Path target, boolean includeHeader, Instant dateAdded) throws IOException {
    this.target = target;
    this.temporary = target.resolveSibling(target.getFileName() + ".partial");
    this.dateAdded = dateAdded;
    this.out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
    if (includeHeader) {
      line(COLUMNS);
    }
  }

  /** Writes one event as one line. */
  public void write(GdeltRow row) {
    line(GdeltFields.of(row, dateAdded, countries));
    rows++;
  }

  /** Events written so far. */
  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private void line(List<String> fields) {
    try {
      out.write(String.join("\t", fields));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

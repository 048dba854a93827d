package org.dateline.app.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in sample articles of {@code dateline demo}: fictional news written for Dateline,
 * shipped as resources and listed in {@code manifest.txt}.
 */
public final class SampleArticles {

  private static final String ROOT = "/org/dateline/app/demo/";

  /** Copies every sample file into {@code dir} and returns their paths, in manifest order. */
  public List<Path> copyTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> copied = new ArrayList<>();
    for (String name : names()) {
      try (InputStream in = open(name)) {
        Path target = dir.resolve(name);
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        copied.add(target);
      }
    }
    return copied;
  }

  /** The sample file names from the manifest. */
  public List<String> names() throws IOException {
    List<String> names = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(open("manifest.txt"), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    }
    return names;
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = SampleArticles.class.getResourceAsStream(ROOT + name);
    if (in == null) {
      throw new IOException("sample article missing from the build: " + ROOT + name);
    }
    return in;
  }
}

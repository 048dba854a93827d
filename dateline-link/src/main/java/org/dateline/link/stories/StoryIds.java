package org.dateline.link.stories;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Story ids: {@code s-} and the first 12 hex digits of the SHA-256 of the first article's id. */
public final class StoryIds {

  private StoryIds() {}

  /** The id of the story that {@code firstArticleId} starts. */
  public static String of(String firstArticleId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(firstArticleId.getBytes(StandardCharsets.UTF_8));
      return "s-" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}

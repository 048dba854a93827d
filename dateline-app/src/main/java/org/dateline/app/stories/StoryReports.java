package org.dateline.app.stories;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dateline.app.framing.FramingTable;
import org.dateline.model.Analysis;
import org.dateline.model.Article;
import org.dateline.model.Story;
import org.dateline.store.Store;

/** The analysed articles of one story, read from the store, in story order. */
public final class StoryReports {

  private StoryReports() {}

  /**
   * The story with this id among {@code stories}, if any: the story itself, or the one a story
   * of that id was merged into.
   */
  public static Optional<Story> find(List<Story> stories, String id) {
    return stories.stream().filter(s -> s.isNamed(id)).findFirst();
  }

  /** The story's articles that have an analysis, with it. */
  public static List<FramingTable.Report> of(Store store, Story story) throws IOException {
    List<FramingTable.Report> reports = new ArrayList<>();
    for (String id : story.articleIds()) {
      Optional<Article> article = store.get(id);
      Optional<Analysis> analysis = store.analysis(id);
      if (article.isPresent() && analysis.isPresent()) {
        reports.add(new FramingTable.Report(article.get(), analysis.get()));
      }
    }
    return reports;
  }
}

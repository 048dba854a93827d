package org.dateline.bench.timex;

import java.util.List;

/** A tagger under comparison: the time expressions of one article, anchored on its publication day. */
interface TimexTagger {

  List<TaggedTimex> tag(Article article) throws Exception;
}

package org.dateline.bench.timex;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.components.impl.TimeMLResultFormatter;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * HeidelTime 2.2.1's standalone, English news, with {@code POSTagger.NO}: its own tokenizer and no
 * part-of-speech tags, so no verb tense to pick which "April" is meant. This is HeidelTime as it
 * runs without installing TreeTagger; its {@code STANFORDPOSTAGGER} mode would be the alternative,
 * but it fails on CoreNLP 4.5.10 (see {@link HeidelTimeCoreNlpTagger}).
 */
public final class HeidelTimeNoPosTagger implements TimexTagger {

  private final HeidelTimeStandalone heidelTime;

  private HeidelTimeNoPosTagger() {
    HeidelTimeSettings.apply();
    heidelTime = new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML, null, POSTagger.NO, false);
  }

  /** {@code HeidelTimeNoPosTagger SHARED OUT.tsv}: tags the AQUAINT articles under SHARED into OUT.tsv. */
  public static void main(String[] args) throws Exception {
    TimexTsvWriter.run(args, new HeidelTimeNoPosTagger());
  }

  @Override
  public List<TaggedTimex> tag(Article article) throws Exception {
    Date published = Date.from(article.published().atStartOfDay(ZoneId.systemDefault()).toInstant());
    return TimeMlAligner.align(article, heidelTime.process(article.text(), published, new TimeMLResultFormatter()));
  }
}

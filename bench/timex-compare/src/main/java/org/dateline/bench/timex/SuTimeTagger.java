package org.dateline.bench.timex;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * SUTime as CoreNLP 4.5.10 ships it: tokenize, ssplit, pos and lemma, then a {@code TimeAnnotator}
 * with every option at its default (the SUTime demo's path). SUTime inside the {@code ner}
 * annotator finds more spurious expressions and is five times slower, so it is not the one
 * compared. An expression without a value (SUTime gives none for a few) is reported with an
 * empty value.
 *
 * <p>The articles go through once, in file order. SUTime carries something from one document to
 * the next: after a first pass over all the articles, a second pass resolves one "Sunday"
 * differently (value F1 0.676 instead of 0.674), so a warm-up pass would change the figure.
 */
public final class SuTimeTagger implements TimexTagger {

  private final StanfordCoreNLP pipeline;

  private SuTimeTagger() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    pipeline = new StanfordCoreNLP(props);
    pipeline.addAnnotator(new TimeAnnotator("sutime", new Properties()));
  }

  /** {@code SuTimeTagger SHARED OUT.tsv}: tags the AQUAINT articles under SHARED into OUT.tsv. */
  public static void main(String[] args) throws Exception {
    TimexTsvWriter.run(args, new SuTimeTagger());
  }

  @Override
  public List<TaggedTimex> tag(Article article) {
    Annotation doc = new Annotation(article.text());
    doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    pipeline.annotate(doc);
    List<TaggedTimex> found = new ArrayList<>();
    for (CoreMap expression : doc.get(TimeAnnotations.TimexAnnotations.class)) {
      Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
      found.add(new TaggedTimex(article.id(),
          expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
          timex.timexType(), timex.value() == null ? "" : timex.value()));
    }
    return found;
  }
}

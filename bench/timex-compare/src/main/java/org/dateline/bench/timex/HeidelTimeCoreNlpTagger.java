package org.dateline.bench.timex;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.components.impl.JCasFactoryImpl;
import de.unihd.dbs.heideltime.standalone.components.impl.TimeMLResultFormatter;
import de.unihd.dbs.heideltime.standalone.components.impl.UimaContextImpl;
import de.unihd.dbs.uima.annotator.heideltime.HeidelTime;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Dct;
import de.unihd.dbs.uima.types.heideltime.Sentence;
import de.unihd.dbs.uima.types.heideltime.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.apache.uima.UIMAFramework;
import org.apache.uima.jcas.JCas;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.XMLInputSource;

/**
 * HeidelTime 2.2.1's annotator, English news, fed sentences, tokens and part-of-speech tags from
 * CoreNLP 4.5.10: HeidelTime's best configuration on these articles.
 *
 * <p>This does what HeidelTime's own {@code POSTagger.STANFORDPOSTAGGER} mode does, which cannot
 * run here: its wrapper was built against CoreNLP 3.3.1 and fails on every document with 4.5.10
 * ("PTBLexer: the invertible option requires a CoreLabelTokenFactory"). The tokenizer gets the
 * wrapper's options plus CoreNLP 3's hyphen handling. Verb tags are mapped to TreeTagger's tag
 * set, because HeidelTime's English tense cues are written for TreeTagger: under Penn tags every
 * past participle counts as past, and "are expected to join in April" becomes last April.
 */
public final class HeidelTimeCoreNlpTagger implements TimexTagger {

  private final StanfordCoreNLP pipeline;
  private final HeidelTime heidelTime = new HeidelTime();
  private final JCasFactoryImpl documents;

  private HeidelTimeCoreNlpTagger() throws Exception {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    props.setProperty("tokenize.options", "ptb3Escaping=false,untokenizable=noneKeep,splitHyphenated=false");
    pipeline = new StanfordCoreNLP(props);
    HeidelTimeSettings.apply();
    heidelTime.initialize(new UimaContextImpl(Language.ENGLISH, DocumentType.NEWS, false));
    TypeSystemDescription types = UIMAFramework.getXMLParser().parseTypeSystemDescription(
        new XMLInputSource(HeidelTime.class.getClassLoader().getResource(HeidelTimeSettings.TYPE_SYSTEM)));
    documents = new JCasFactoryImpl(new TypeSystemDescription[] {types});
  }

  /** {@code HeidelTimeCoreNlpTagger SHARED OUT.tsv}: tags the AQUAINT articles under SHARED into OUT.tsv. */
  public static void main(String[] args) throws Exception {
    TimexTsvWriter.run(args, new HeidelTimeCoreNlpTagger());
  }

  @Override
  public List<TaggedTimex> tag(Article article) throws Exception {
    JCas jcas = documents.createJCas();
    jcas.setDocumentText(article.text());
    Dct dct = new Dct(jcas);
    dct.setValue(article.published().toString().replace('-', '.') + "T00:00"); // as HeidelTime's standalone writes it
    dct.addToIndexes();
    Annotation doc = new Annotation(article.text());
    pipeline.annotate(doc);
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      new Sentence(jcas, tokens.get(0).beginPosition(), tokens.get(tokens.size() - 1).endPosition()).addToIndexes();
      for (CoreLabel t : tokens) {
        Token token = new Token(jcas, t.beginPosition(), t.endPosition());
        token.setPos(treeTaggerTag(t.tag(), t.lemma()));
        token.addToIndexes();
      }
    }
    heidelTime.process(jcas);
    return TimeMlAligner.align(article, new TimeMLResultFormatter().format(jcas));
  }

  /** TreeTagger's English tag set splits Penn's VB* into VB* (be), VH* (have) and VV* (other verbs). */
  private static String treeTaggerTag(String penn, String lemma) {
    if (!penn.startsWith("VB") || lemma.equalsIgnoreCase("be")) {
      return penn;
    }
    return (lemma.equalsIgnoreCase("have") ? "VH" : "VV") + penn.substring(2);
  }
}

package org.dateline.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dateline.model.Span;
import org.dateline.nlp.text.NerLabel;
import org.dateline.nlp.text.NerSpan;
import org.dateline.nlp.text.ParsedText;

/**
 * Runs the lean CoreNLP pipeline Dateline needs: tokens, sentences and the three-class name tagger
 * (person, organization, location). No part-of-speech tagger, no SUTime, no fine-grained or
 * numeric classes: dates, figures and actor types come from Dateline's own rules, which are
 * cheaper and, for news, better. Models load once, in the constructor (about 2 s); instances are
 * safe to share between threads.
 */
public final class CoreNlpParser {

  private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private final StanfordCoreNLP pipeline;

  public CoreNlpParser() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,ner");
    props.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,untokenizable=noneKeep");
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** Sentences, tokens and names of {@code text}. */
  public ParsedText parse(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<Span> sentences = new ArrayList<>();
    List<Span> tokens = new ArrayList<>();
    List<NerSpan> entities = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> words = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (words.isEmpty()) {
        continue;
      }
      sentences.add(new Span(words.get(0).beginPosition(), words.get(words.size() - 1).endPosition()));
      collect(text, words, tokens, entities);
    }
    return new ParsedText(text, sentences, tokens, entities);
  }

  private static void collect(String text, List<CoreLabel> words, List<Span> tokens, List<NerSpan> entities) {
    int runStart = -1;
    int runEnd = -1;
    NerLabel runLabel = null;
    for (CoreLabel word : words) {
      tokens.add(new Span(word.beginPosition(), word.endPosition()));
      NerLabel label = label(word.ner());
      if (label != null && label == runLabel) {
        runEnd = word.endPosition();
        continue;
      }
      if (runLabel != null) {
        entities.add(new NerSpan(new Span(runStart, runEnd), text.substring(runStart, runEnd), runLabel));
      }
      runLabel = label;
      runStart = word.beginPosition();
      runEnd = word.endPosition();
    }
    if (runLabel != null) {
      entities.add(new NerSpan(new Span(runStart, runEnd), text.substring(runStart, runEnd), runLabel));
    }
  }

  private static NerLabel label(String ner) {
    if (ner == null) {
      return null;
    }
    return switch (ner) {
      case "PERSON" -> NerLabel.PERSON;
      case "ORGANIZATION" -> NerLabel.ORGANIZATION;
      case "LOCATION" -> NerLabel.LOCATION;
      case "MISC" -> NerLabel.MISC;
      default -> null;
    };
  }
}

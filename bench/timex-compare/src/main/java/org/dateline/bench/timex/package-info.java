/**
 * Other taggers' time expressions on the AQUAINT TempEval-3 development articles, for
 * {@code bench/timex-compare.sh}: SUTime (CoreNLP) and HeidelTime, each run the way it scores
 * best here or the way its authors ship it. Each tagger writes a TSV of its expressions
 * ({@link org.dateline.bench.timex.TimexTsvWriter}); Dateline's own test class
 * {@code org.dateline.nlp.dates.TimexComparison} scores them with the scorer that scores
 * Dateline's tagger, so that no second scorer can drift from the first.
 *
 * <h2>Shared ground</h2>
 *
 * Every tagger gets the article's {@code text} as is and its {@code published} day as the document
 * creation time, and reports character offsets into that text. Nothing is post-filtered.
 *
 * <h2>The runs</h2>
 *
 * <ul>
 *   <li>{@link org.dateline.bench.timex.SuTimeTagger}: CoreNLP 4.5.10's {@code TimeAnnotator} at
 *       its defaults after tokenize, ssplit, pos and lemma (the SUTime demo's path).
 *   <li>{@link org.dateline.bench.timex.HeidelTimeCoreNlpTagger}: HeidelTime 2.2.1 fed CoreNLP's
 *       sentences, tokens and part-of-speech tags, verb tags mapped to TreeTagger's tag set, which
 *       HeidelTime's English rules were written for; its best configuration here.
 *   <li>{@link org.dateline.bench.timex.HeidelTimeNoPosTagger}: HeidelTime 2.2.1 standalone with
 *       {@code POSTagger.NO}, the run that needs no external tool.
 * </ul>
 */
package org.dateline.bench.timex;

/**
 * Which numbers an article reports: counts and amounts with what they count.
 *
 * <p>{@link org.dateline.nlp.figures.FigureFinder} is the front door: it reads an article's
 * {@link org.dateline.nlp.text.ParsedText} and returns {@link org.dateline.model.Figure figures}.
 *
 * <h2>What counts as a figure</h2>
 *
 * A number (digits such as {@code 38,350} or {@code 1.2 million}, or number words such as
 * "three", "a dozen", "hundreds") followed by what it counts: a plural noun phrase ("30
 * retaliatory operations"), a percent sign or word, a currency, or a unit of measure. The
 * counted phrase is the figure's {@code what}, with the casualty or action verb that says what
 * happened to it when the sentence gives one, before the number ("killed 10 people") or after the
 * phrase ("38,350 Palestinians, mostly women and children, have been killed"): "people killed",
 * "Palestinians killed". Percentages give "percent" (and "of voters" when it follows), money the
 * currency, measurements the unit ("2.4 metres" gives "metres"): they are amounts the article
 * reports, so they are kept.
 *
 * <h2>Approximate figures</h2>
 *
 * A hedge before the number ("nearly", "more than", "at least", "up to", "some", "an estimated")
 * marks the figure approximate and joins its span. Vague plurals ("dozens", "hundreds", "tens of
 * thousands") are approximate too; their value is the least the word implies, two of the unit:
 * dozens 24, hundreds 200, tens of thousands 20,000.
 *
 * <h2>What is not a figure</h2>
 *
 * Years ("since 2014", "the 1979 revolution"), dates ("May 10"), decades ("the 1990s"), clock
 * times, ordinals, ages ("the 33-year-old", "aged 33"), durations ("three days"), phone numbers,
 * street numbers, numbers that are part of a name ("Resolution 2334", "Flight 17"), numbers with
 * a definite determiner that refer back ("the two leaders"), and bare numbers with no counted
 * phrase.
 *
 * <h2>Word lists</h2>
 *
 * Number words, hedges, event verbs and units are data: {@code number-words.txt}, {@code
 * hedges.txt}, {@code event-verbs.txt} and {@code units.txt} beside this package's classes, read
 * by {@link org.dateline.nlp.figures.FigureLexicon}; users can extend them.
 */
@NullMarked
package org.dateline.nlp.figures;

import org.jspecify.annotations.NullMarked;

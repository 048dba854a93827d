/**
 * Time expressions: finds them in an article's text and normalizes them to TimeML TIMEX3 values
 * relative to the publication date.
 *
 * <h2>Front door</h2>
 *
 * {@link org.dateline.nlp.dates.TimeTagger#tag TimeTagger.tag(text, anchor)} returns
 * {@link org.dateline.model.TimeExpression}s: span (character offsets into the text given),
 * TIMEX3 type (DATE, TIME, DURATION, SET) and value. {@link org.dateline.nlp.dates.TimeTagger#find}
 * returns the same expressions unresolved, as {@link org.dateline.nlp.dates.TemporalMention}s,
 * to be resolved once a publication date is known or inferred.
 * {@link org.dateline.nlp.dates.PublicationWindow} infers that date, for an article that lacks
 * one, from the dates the article states.
 *
 * <h2>How it reads</h2>
 *
 * The text is cut into tokens and sentences. At each token a set of rules, one per family of
 * expressions ("a month with a day", "N units ago", "a weekday"), offers what it finds; the
 * longest wins and the next search starts after it, so the scan is linear. Each rule yields a
 * <em>form</em>, the expression's meaning before it is pinned to a calendar: "weekday FRIDAY,
 * past", "shift -1 YEARS as YEAR", "month MAY of unknown year, nearest". Resolving a form against
 * the publication date gives the value.
 *
 * <h2>Which Friday</h2>
 *
 * A weekday, or a date without its year, happens again and again; which repeat is meant depends
 * on tense, which is guessed without a part-of-speech tagger from cue words near the expression
 * ({@code tense-cues.txt}): the nearest of "will", "plans", "said", "was" or any lowercase -ed
 * word, looking back first and then ahead. By news convention a bare weekday is the closest one in
 * the past, the publication day included ("said Thursday" in a Thursday paper is that day); with
 * a future cue it is the closest one ahead; "last", "next", "since" fix it outright. "By" or
 * "until" points ahead, unless it opens a sentence in the past perfect ("Until Friday, the police
 * had not named him"). A possessive weekday ("Sunday's vote") dates a noun, not the verb, and is
 * the nearest one either way. A date without its year is the nearest repeat unless a cue says
 * otherwise.
 *
 * <h2>Word lists</h2>
 *
 * Month and weekday names, number words, units, relative words, holidays, parts of the day and
 * tense cues live in readable files under {@code org/dateline/nlp/dates/} ({@code key = phrase |
 * phrase}, {@code #} comments). {@link org.dateline.nlp.dates.TimeTagger#create(java.nio.file.Path)}
 * adds a folder of files of the same names to them.
 */
@NullMarked
package org.dateline.nlp.dates;

import org.jspecify.annotations.NullMarked;

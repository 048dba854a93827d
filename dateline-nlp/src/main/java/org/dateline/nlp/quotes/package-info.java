/**
 * Who said what: direct quotes in quotation marks and reported speech, each with its speaker.
 *
 * <p>{@link org.dateline.nlp.quotes.QuoteFinder} is the front door. It reads an article's
 * {@link org.dateline.nlp.text.ParsedText} together with the actor {@link org.dateline.model.Mention
 * mentions} found in it and returns {@link org.dateline.model.Quote quotes}.
 *
 * <h2>Quotations</h2>
 *
 * Curly (“…”) and straight ("…") double quotes are paired within a paragraph (a line of the
 * text). Following news convention, a paragraph that opens a quote and does not close it
 * continues into the next paragraph when that one opens with a quotation mark; the quote's span
 * then covers both paragraphs. When the writer left out the reopening marks, the quote runs on
 * through paragraphs without marks to the first one whose first mark closes it. Single quotes
 * (‘…’, '…') count only when a speech cue makes them clearly a quote, as in the headline style
 * {@code Name: ‘words’}. A quote's span lies inside the marks.
 *
 * <h2>Scare quotes</h2>
 *
 * A quoted phrase of one or two words, a phrase in Title Case, or a single-quoted phrase with no
 * speech cue around it is framing or a title, not a quote: Israeli “crimes”, the “Today” show.
 * Those are kept out of the quotes and reported by {@link
 * org.dateline.nlp.quotes.QuoteFinder#scareQuotes}. Speech cues are an adjacent speech verb with
 * its speaker, a "Name:" before the quote, a clause a speech verb introduces ("told reporters
 * that the plan was “final”"), and a naming verb shortly before ("called Israel “a terrorist
 * base”", "branded it the “Protection Act”"): the words then are someone's, so they are a quote.
 *
 * <h2>Speakers</h2>
 *
 * Evidence is weighed in this order:
 *
 * <ol>
 *   <li>a speech verb adjacent to the quote with a name, pronoun or description: “…,” he said;
 *       “…,” said the minister; X wrote: “…”; according to X;
 *   <li>the subject of the sentence holding the quote, when it names a person (X assured Y that Z
 *       “…” gives X, not Y);
 *   <li>a subject pronoun: "he" and "she" resolve to the person last named as a subject or
 *       speaker, "they" to the organization or group last named so;
 *   <li>a quote standing alone right after an attributed one, in the same or the next paragraph:
 *       the same speaker;
 *   <li>a description ("the Islamic Jihad leader"): the person whose roles, or the words written
 *       around whose name, match it best; else the person in focus; an indefinite one in a lead
 *       ("a senior commander") may name a person introduced just after it;
 *   <li>an organization or outlet ("IRNA reported", "state media said") only when no person is the
 *       subject; likewise a source after the quote ("…,” according to X) yields to a person who is
 *       the sentence's subject.
 * </ol>
 *
 * <p>A plural description ("officials said") names a group, and a description owned by a person
 * ("Stone’s lawyer") names someone else than that person; both are kept as written, without id.
 *
 * <p>A speaker's id comes from the mention it was found through; a name written at the attribution
 * site that no mention covers takes the id of a mention with the same last word.
 *
 * <h2>Reported speech</h2>
 *
 * Clauses introduced by a speech verb without quotation marks ("X told Y that …", "X said …",
 * "according to X, …", "…, X said") become quotes with {@code direct == false}; the span is the
 * reported clause, up to the end of the sentence or the next quotation mark. A sentence that
 * already holds a direct quote of the same speaker yields no reported one, and reported speech
 * whose speaker cannot be told is left out.
 *
 * <h2>Word lists</h2>
 *
 * Speech verbs, speaker nouns and abbreviated titles are data: {@code speech-verbs.txt}, {@code
 * speaker-nouns.txt} and {@code title-abbreviations.txt} beside this package's classes, which
 * {@link org.dateline.nlp.quotes.SpeechLexicon} reads and users can extend.
 */
@NullMarked
package org.dateline.nlp.quotes;

import org.jspecify.annotations.NullMarked;

/**
 * Events: who did what to whom, when and where, coded in CAMEO, each with the sentence that says
 * so.
 *
 * <p>{@link org.dateline.nlp.events.EventCoder} reads one analysed article:
 *
 * <ol>
 *   <li><b>Actor references</b>: the language layer's mentions, plus collective names built from a
 *       demonym and a group noun ("the Palestinian nation", "Israeli troops", "the Iranian
 *       regime": {@code group-nouns.txt}) and descriptive names ({@code epithets.tsv}: "the
 *       occupying regime"). The same rules apply to every country and actor.
 *   <li><b>Patterns</b> ({@code patterns.txt}): verbs with all their forms, words, gaps and actor
 *       slots, each with a CAMEO code. A verb form after a determiner or compound modifier is a
 *       noun ("a large-scale attack"); an active pattern does not match a passive ("was
 *       assassinated in ..."). Where patterns overlap, the more specific one wins.
 *   <li><b>Source and target</b>: the source is the clause's subject, the first reference that
 *       is neither governed by a preposition, nor possessive, nor a modifier of a following name
 *       ("Hamas leader Ismail Haniyeh"), the antecedent of "who"/"which", or the sentence's
 *       subject for a coordinated or participial verb ("... and condemned Israel"); "he"/"she"
 *       is the person in focus. An organization that a role hangs on ("the IRGC commander")
 *       stands for the one person of the article who belongs to it. A verb's object must open
 *       its noun phrase; coordinated actors ("X and Y") give one event each.
 *   <li><b>Mood</b> ({@code modality.txt}): negated, hypothetical, conditional ("whether", "if")
 *       and habitual events are not coded; intentions and threats are coded as CAMEO's intent
 *       (03) or threat (13) codes ({@code intent-codes.txt}).
 *   <li><b>Speech</b>: inside a quote, reported speech, "X said that ..." or "According to X,
 *       ...", an act of the speaker's own side ("Iran is ready to provide assistance", said by
 *       an IRGC commander; "we will ...") is the speaker's own; an act of a third party is a
 *       claim, coded with its own actors, mode {@code REPORTED} and the speaker as {@code
 *       reportedBy}.
 *   <li><b>Date and place</b>: the nearest calendar date of the sentence ("since" dates start
 *       things and do not date them), else the news day (the lead's date within a week of
 *       publication, else the publication day). Background told in a past relative clause or
 *       with "formerly"/"had" takes only a date of its own clause, or none. The place is the
 *       most specific place named after "in", "near" or "at".
 * </ol>
 *
 * <p>{@link org.dateline.nlp.events.CameoCodebook#bundled()} is the CAMEO 1.1b3 codebook bundled
 * as {@code cameo-codes.tsv} next to this package: every code with its label, Goldstein value and
 * PLOVER type and mode; the file's header names its sources. A user file in the same format adds
 * codes or replaces bundled ones ({@link org.dateline.nlp.events.CameoCodebook#extendedWith}).
 */
@NullMarked
package org.dateline.nlp.events;

import org.jspecify.annotations.NullMarked;


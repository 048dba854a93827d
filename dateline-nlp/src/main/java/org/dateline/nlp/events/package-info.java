/**
 * Events: the CAMEO vocabulary events are coded in.
 *
 * <p>{@link org.dateline.nlp.events.CameoCodebook#bundled()} is the CAMEO 1.1b3 codebook bundled
 * as {@code cameo-codes.tsv} next to this package: every code with its label, Goldstein value and
 * PLOVER type and mode; the file's header names its sources. A user file in the same format adds
 * codes or replaces bundled ones ({@link org.dateline.nlp.events.CameoCodebook#extendedWith}).
 */
@NullMarked
package org.dateline.nlp.events;

import org.jspecify.annotations.NullMarked;

/**
 * Dateline's application layer: the {@code dateline} command line, exports and evaluation.
 * {@link org.dateline.app.Main} is the entry point; each sub-command lives in
 * {@code commands}, the ingest run that feeds the store in {@code run}, writers of export files in
 * {@code export}, and terminal rendering (tables, progress) in {@code terminal}.
 */
@NullMarked
package org.dateline.app;

import org.jspecify.annotations.NullMarked;

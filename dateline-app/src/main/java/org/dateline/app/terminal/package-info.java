/** Rendering for a terminal: tables, progress, highlighted snippets. */
@NullMarked
package org.dateline.app.terminal;

import org.jspecify.annotations.NullMarked;

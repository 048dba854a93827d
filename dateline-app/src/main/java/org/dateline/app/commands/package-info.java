/** The {@code dateline} sub-commands, one class each; they parse options and delegate. */
@NullMarked
package org.dateline.app.commands;

import org.jspecify.annotations.NullMarked;

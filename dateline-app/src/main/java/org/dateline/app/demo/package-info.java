/** The built-in sample articles that {@code dateline demo} runs the whole job on. */
@NullMarked
package org.dateline.app.demo;

import org.jspecify.annotations.NullMarked;

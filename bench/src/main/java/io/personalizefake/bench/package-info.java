/** Benchmarks and load tools, run by hand; never part of the tests. */
@NullMarked
package io.personalizefake.bench;

import org.jspecify.annotations.NullMarked;

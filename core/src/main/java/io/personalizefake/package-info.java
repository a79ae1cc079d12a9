/**
 * The entry point of the fake: {@link io.personalizefake.PersonalizeFake}, its clock and timings.
 */
@NullMarked
package io.personalizefake;

import org.jspecify.annotations.NullMarked;

/** The AWS errors of the Personalize control plane: one class per AWS error code. */
@NullMarked
package io.personalizefake.error;

import org.jspecify.annotations.NullMarked;

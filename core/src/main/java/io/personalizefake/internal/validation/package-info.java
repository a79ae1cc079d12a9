/** The model-driven request validator. No compatibility promise. */
@NullMarked
package io.personalizefake.internal.validation;

import org.jspecify.annotations.NullMarked;

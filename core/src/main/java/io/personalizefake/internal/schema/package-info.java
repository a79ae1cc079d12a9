/**
 * Dataset schemas: the Avro record schema sent to CreateSchema, its general checks, and the checks
 * that tie a schema to the Interactions, Items or Users dataset type.
 */
@NullMarked
package io.personalizefake.internal.schema;

import org.jspecify.annotations.NullMarked;

/**
 * The fake's state in files: {@link io.personalizefake.storage.mapdb.MapDbStorage} keeps every
 * record in memory for reads and makes every write unit durable through a group-committed log,
 * checkpointed into a MapDB file.
 */
@NullMarked
package io.personalizefake.storage.mapdb;

import org.jspecify.annotations.NullMarked;

/**
 * {@link io.personalizefake.testkit.storage.StorageContract}: the tests every store of the storage
 * SPI must pass.
 */
@NullMarked
package io.personalizefake.testkit.storage;

import org.jspecify.annotations.NullMarked;

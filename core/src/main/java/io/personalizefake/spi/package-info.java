/**
 * The storage SPI: what a store must do for the fake. A store keeps records under ordered keys and
 * runs units of work atomically; it decides nothing (no uniqueness, cascades or tokens): every rule
 * lives in the core.
 */
@NullMarked
package io.personalizefake.spi;

import org.jspecify.annotations.NullMarked;

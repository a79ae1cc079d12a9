package io.personalizefake;

import java.time.Instant;

/**
 * A fake clock's reading.
 *
 * @param now the clock's time (read without an auto-step)
 * @param frozen whether the clock moves only when a test moves it
 */
public record ClockState(Instant now, boolean frozen) {}

package io.personalizefake;

import io.personalizefake.error.PersonalizeFakeException;
import io.personalizefake.internal.ops.CallHooks;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Records the calls a fake answers, the latest {@code capacity} of them, for {@link Journal}. */
final class JournalRecorder {

  private final Clock clock;
  private final int capacity;
  private final ArrayDeque<Journal.Entry> entries = new ArrayDeque<>();
  private long nextSequence = 1;

  JournalRecorder(Clock clock, int capacity) {
    this.clock = clock;
    this.capacity = capacity;
  }

  synchronized List<Journal.Entry> entries() {
    return List.copyOf(entries);
  }

  synchronized void clear() {
    entries.clear();
  }

  CallHooks hooks() {
    if (capacity == 0) {
      return CallHooks.NONE;
    }
    return new CallHooks() {
      @Override
      public void after(
          String region,
          String operation,
          Object request,
          @Nullable Object response,
          @Nullable RuntimeException error) {
        String code = null;
        String message = null;
        if (error instanceof PersonalizeFakeException e) {
          code = e.errorCode();
          message = e.getMessage();
        } else if (error != null) {
          code = error.getClass().getSimpleName();
          message = error.getMessage();
        }
        record(region, operation, request, error == null ? response : null, code, message);
      }
    };
  }

  private synchronized void record(
      String region,
      String operation,
      Object request,
      @Nullable Object response,
      @Nullable String code,
      @Nullable String message) {
    Instant at = clock instanceof FakeClock fc ? fc.peek() : clock.instant();
    if (entries.size() == capacity) {
      entries.removeFirst();
    }
    entries.addLast(
        new Journal.Entry(nextSequence++, at, region, operation, request, response, code, message));
  }
}

package io.personalizefake.testkit;

import io.personalizefake.PersonalizeFake;
import java.util.List;
import java.util.function.Function;

/**
 * Found through {@link java.util.ServiceLoader} by the testkit: what another module can attach to a
 * fake for a test, so that a test asks for it by type. {@code personalize-fake-sdk} attaches the
 * AWS SDK clients, {@code personalize-fake-server} a running HTTP server and its endpoint.
 */
public interface FakeAttachment {

  /** The types this module makes, e.g. {@code PersonalizeClient.class}. */
  List<Class<?>> types();

  /**
   * A new instance of {@code type} (one of {@link #types()}) for {@code fake}. {@code others} gives
   * the instance of another attachable type for the same fake, made once and shared (for example
   * the server whose endpoint a client needs). Results that are {@link AutoCloseable} are closed
   * when the fake's test ends, last made first.
   */
  Object create(Class<?> type, PersonalizeFake fake, Function<Class<?>, Object> others);
}

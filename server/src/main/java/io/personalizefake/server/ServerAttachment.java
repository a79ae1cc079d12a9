package io.personalizefake.server;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.testkit.FakeAttachment;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * Lets the testkit give a test a running {@link PersonalizeFakeServer} for its fake, on a free
 * loopback port, or just its endpoint as a {@link URI}; the server stops when the test ends.
 */
public final class ServerAttachment implements FakeAttachment {

  @Override
  public List<Class<?>> types() {
    return List.of(PersonalizeFakeServer.class, URI.class);
  }

  @Override
  public Object create(Class<?> type, PersonalizeFake fake, Function<Class<?>, Object> others) {
    if (type == PersonalizeFakeServer.class) {
      return PersonalizeFakeServer.start(fake, 0);
    }
    if (type == URI.class) {
      return ((PersonalizeFakeServer) others.apply(PersonalizeFakeServer.class)).endpoint();
    }
    throw new IllegalArgumentException("not attached by the server: " + type.getName());
  }
}

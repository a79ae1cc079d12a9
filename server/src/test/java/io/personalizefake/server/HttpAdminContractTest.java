package io.personalizefake.server;

import io.personalizefake.FakeAdmin;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.client.FakeAdminClient;
import io.personalizefake.testkit.FakeAdminContract;

/** The controls of a running server, through its socket, as a test in another process sees them. */
class HttpAdminContractTest extends FakeAdminContract {
  @Override
  protected FakeAdmin controlsOf(PersonalizeFake fake) {
    PersonalizeFakeServer server = closeAfter(PersonalizeFakeServer.start(fake, 0));
    return FakeAdminClient.connect(server.endpoint());
  }
}

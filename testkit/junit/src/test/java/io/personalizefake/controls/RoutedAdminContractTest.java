package io.personalizefake.controls;

import io.personalizefake.FakeAdmin;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.client.FakeAdminClient;
import io.personalizefake.testkit.FakeAdminContract;
import io.personalizefake.wire.AdminRoutes;

/**
 * The controls over the control endpoint's routes, without a socket: every call is rendered to
 * JSON, routed, answered and read back by the HTTP client's own code.
 */
class RoutedAdminContractTest extends FakeAdminContract {
  @Override
  protected FakeAdmin controlsOf(PersonalizeFake fake) {
    return FakeAdminClient.of(new AdminRoutes(fake));
  }
}

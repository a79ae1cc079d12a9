package io.personalizefake.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.personalizefake.FakeClock;
import io.personalizefake.PersonalizeFake;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.personalize.PersonalizeAsyncClient;
import software.amazon.awssdk.services.personalize.model.DatasetGroup;
import software.amazon.awssdk.services.personalize.model.ResourceAlreadyExistsException;
import software.amazon.awssdk.services.personalize.model.ResourceNotFoundException;

/** The asynchronous SDK client of {@link FakePersonalizeClients#async}: no socket, same JVM. */
class InProcessAsyncClientTest {

  static final Instant T0 = Instant.parse("2021-01-22T12:00:00.250Z");

  private final PersonalizeFake fake =
      PersonalizeFake.builder().clock(FakeClock.frozenAt(T0)).seed(1).build();
  private final PersonalizeAsyncClient async = FakePersonalizeClients.async(fake);

  @AfterEach
  void close() {
    async.close();
    fake.close();
  }

  @Test
  void the_async_client_creates_describes_and_fails_with_typed_exceptions() throws Exception {
    String arn =
        async.createDatasetGroup(b -> b.name("async")).get(10, TimeUnit.SECONDS).datasetGroupArn();
    assertThat(arn).isEqualTo("arn:aws:personalize:us-east-1:123456789012:dataset-group/async");

    DatasetGroup group =
        async
            .describeDatasetGroup(b -> b.datasetGroupArn(arn))
            .get(10, TimeUnit.SECONDS)
            .datasetGroup();
    assertThat(group.name()).isEqualTo("async");
    assertThat(group.status()).isEqualTo("ACTIVE");
    assertThat(group.creationDateTime()).isEqualTo(T0);

    CompletableFuture<?> duplicate = async.createDatasetGroup(b -> b.name("async"));
    CompletionException failed = catchThrowableOfType(CompletionException.class, duplicate::join);
    assertThat(failed.getCause()).isInstanceOf(ResourceAlreadyExistsException.class);
    ResourceAlreadyExistsException e = (ResourceAlreadyExistsException) failed.getCause();
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ResourceAlreadyExistsException");
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.requestId()).isNotBlank();

    CompletionException missing =
        catchThrowableOfType(
            CompletionException.class,
            () -> async.describeDatasetGroup(b -> b.datasetGroupArn(arn + "-nope")).join());
    assertThat(missing.getCause()).isInstanceOf(ResourceNotFoundException.class);
    assertThat(fake.service().listDatasetGroups(b -> {}).datasetGroups()).hasSize(1);
  }

  @Test
  void the_async_paginator_delivers_every_page() throws Exception {
    for (int i = 0; i < 10; i++) {
      String name = "g" + i;
      fake.service().createDatasetGroup(b -> b.name(name));
    }
    List<String> names = Collections.synchronizedList(new ArrayList<>());
    async
        .listDatasetGroupsPaginator(b -> b.maxResults(3))
        .datasetGroups()
        .subscribe(g -> names.add(g.name()))
        .get(10, TimeUnit.SECONDS);
    assertThat(names).containsExactly("g0", "g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9");
  }
}

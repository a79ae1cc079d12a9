package io.personalizefake.internal.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.lifecycle.Step;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.Key;
import io.personalizefake.spi.RecordSerializer;
import io.personalizefake.spi.StoredRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The core's serializer, which a store that keeps bytes is given: every record type once. */
class RecordCodecTest {

  @Test
  void the_standard_serializer_is_the_cores() {
    assertThat(RecordSerializer.standard()).isInstanceOf(RecordCodec.class);
  }

  /** One record of every type the core stores, with every optional part filled in. */
  static List<StoredRecord> everyRecordType() {
    String scope = "123456789012/us-east-1";
    Instant t = Instant.parse("2021-01-22T12:00:00.250Z");
    String arn = "arn:aws:personalize:us-east-1:123456789012:campaign/c";
    Campaign campaign =
        Campaign.builder()
            .name("c")
            .campaignArn(arn)
            .solutionVersionArn("arn:aws:personalize:us-east-1:123456789012:solution/s/0a1b2c3d")
            .minProvisionedTPS(2)
            .campaignConfig(c -> c.itemExplorationConfig(Map.of("explorationWeight", "0.5")))
            .status("ACTIVE")
            .creationDateTime(t)
            .lastUpdatedDateTime(t.plusSeconds(1))
            .latestCampaignUpdate(
                u ->
                    u.solutionVersionArn(
                            "arn:aws:personalize:us-east-1:123456789012:solution/s/0a1b2c3e")
                        .minProvisionedTPS(3)
                        .status("CREATE PENDING")
                        .creationDateTime(t.plusSeconds(1))
                        .lastUpdatedDateTime(t.plusSeconds(1)))
            .build();
    List<Step> plan =
        List.of(
            new Step(Status.CREATE_IN_PROGRESS, Duration.ofSeconds(10), null, true),
            new Step(Status.CREATE_FAILED, null, "injected", true),
            Step.removal(Duration.ZERO));
    return List.of(
        new ResourceRecord(
            new Key(scope, ResourceRecord.KIND, arn),
            ResourceType.CAMPAIGN,
            arn,
            7,
            campaign,
            plan,
            t.plusSeconds(11)),
        new IndexEntry(new Key(scope, IndexEntry.KIND, "CAMPAIGN\u0001*\u0001x"), arn),
        new DueEntry(
            new Key(scope, DueEntry.KIND, "0000000001611316811250\u00010000000000000000007"), arn),
        new MetaRecord(MetaRecord.KEY, -42, 3, 8),
        new CountRecord(new Key(scope, CountRecord.KIND, "CAMPAIGN"), 1, 0),
        new FaultRecord(new Key(scope, FaultRecord.KIND, "SOLUTION_VERSION"), "no data", 2),
        new MetricsRecord(
            new Key(scope, MetricsRecord.KIND, arn),
            Map.of("coverage", 0.25, "precision_at_5", 1.0)));
  }

  @Test
  void every_record_type_survives_the_codec() {
    RecordSerializer codec = RecordSerializer.standard();
    List<StoredRecord> records = everyRecordType();
    for (StoredRecord r : records) {
      assertThat(codec.decode(codec.encode(r))).isEqualTo(r);
      assertThat(Key.decode(r.key().encode())).isEqualTo(r.key());
    }
  }

  @Test
  void encoded_keys_sort_as_keys_do() {
    List<Key> keys =
        List.of(
            new Key("", "m", "meta"),
            new Key("a", "i", "x"),
            new Key("a", "i", "x\u0001y"),
            new Key("a", "ib", ""),
            new Key("a/b", "r", "arn"),
            new Key("ab", "d", "0"));
    List<String> encoded = keys.stream().map(Key::encode).sorted().toList();
    assertThat(encoded.stream().map(Key::decode).toList())
        .isEqualTo(keys.stream().sorted().toList());
  }
}

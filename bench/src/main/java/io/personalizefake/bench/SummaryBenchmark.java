package io.personalizefake.bench;

import io.personalizefake.model.Campaign;
import io.personalizefake.model.CampaignSummary;
import io.personalizefake.model.ResourceType;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One List item: the summary of a campaign as the store's List makes it (the Describe shape's
 * generated {@code summary()}, reached through {@link ResourceType#summaryOf}), against the same
 * summary built member by member by hand in this class (the baseline).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SummaryBenchmark {

  private final Campaign campaign =
      Campaign.builder()
          .name("shop")
          .campaignArn("arn:aws:personalize:us-east-1:123456789012:campaign/shop")
          .solutionVersionArn("arn:aws:personalize:us-east-1:123456789012:solution/s/0a1b2c3d")
          .minProvisionedTPS(1)
          .status("ACTIVE")
          .creationDateTime(Instant.parse("2021-01-22T12:00:00Z"))
          .lastUpdatedDateTime(Instant.parse("2021-01-22T12:08:00Z"))
          .build();

  @Benchmark
  public Object by_hand() {
    return CampaignSummary.builder()
        .name(campaign.name())
        .campaignArn(campaign.campaignArn())
        .status(campaign.status())
        .creationDateTime(campaign.creationDateTime())
        .lastUpdatedDateTime(campaign.lastUpdatedDateTime())
        .failureReason(campaign.failureReason())
        .build();
  }

  @Benchmark
  public Object generated() {
    return ResourceType.CAMPAIGN.summaryOf(campaign);
  }
}

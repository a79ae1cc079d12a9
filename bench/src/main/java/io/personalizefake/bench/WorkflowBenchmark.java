package io.personalizefake.bench;

import io.personalizefake.PersonalizeFake;
import io.personalizefake.model.CreateDatasetGroupRequest;
import io.personalizefake.service.PersonalizeService;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A whole workflow in process, as a test drives it: dataset group, schema, dataset, dataset import
 * job, solution, solution version and campaign, each created and awaited ACTIVE with instant
 * timings. The baseline is a single CreateDatasetGroup on the same fake. Workflows per second are
 * one second over the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class WorkflowBenchmark {

  static final String ROLE = "arn:aws:iam::123456789012:role/PersonalizeRole";
  static final String RECIPE = "arn:aws:personalize:::recipe/aws-user-personalization";
  static final String INTERACTIONS =
      "{\"type\":\"record\",\"name\":\"Interactions\",\"namespace\":\"com.amazonaws.personalize.schema\",\"fields\":["
          + "{\"name\":\"USER_ID\",\"type\":\"string\"},{\"name\":\"ITEM_ID\",\"type\":\"string\"},"
          + "{\"name\":\"TIMESTAMP\",\"type\":\"long\"}],\"version\":\"1.0\"}";

  @Param({"memory", "mapdb-batched"})
  public String store;

  private Path dir;
  private PersonalizeFake fake;
  private PersonalizeService p;
  private long n;

  @Setup(Level.Iteration)
  public void setUp() {
    dir = Stores.tempDir("workflow-bench");
    fake = Stores.fake(Stores.open(store, dir));
    p = fake.service();
  }

  @TearDown(Level.Iteration)
  public void tearDown() {
    fake.close();
    Stores.delete(dir);
  }

  @Benchmark
  public Object baseline_createDatasetGroup() {
    return p.createDatasetGroup(CreateDatasetGroupRequest.builder().name("b" + n++).build());
  }

  @Benchmark
  public String workflow() {
    return workflow(fake, "w" + n++);
  }

  /** Builds an ACTIVE campaign from nothing, awaiting each resource as a test would. */
  static String workflow(PersonalizeFake fake, String name) {
    PersonalizeService p = fake.service();
    String group = fake.awaitActive(p.createDatasetGroup(b -> b.name(name)).datasetGroupArn());
    String schema = p.createSchema(b -> b.name(name).schema(INTERACTIONS)).schemaArn();
    String dataset =
        fake.awaitActive(
            p.createDataset(
                    b ->
                        b.name(name)
                            .datasetGroupArn(group)
                            .datasetType("Interactions")
                            .schemaArn(schema))
                .datasetArn());
    fake.awaitActive(
        p.createDatasetImportJob(
                b ->
                    b.jobName(name)
                        .datasetArn(dataset)
                        .roleArn(ROLE)
                        .dataSource(s -> s.dataLocation("s3://b/i.csv")))
            .datasetImportJobArn());
    String solution =
        fake.awaitActive(
            p.createSolution(b -> b.name(name).datasetGroupArn(group).recipeArn(RECIPE))
                .solutionArn());
    String version =
        fake.awaitActive(
            p.createSolutionVersion(b -> b.solutionArn(solution)).solutionVersionArn());
    return fake.awaitActive(
        p.createCampaign(b -> b.name(name).solutionVersionArn(version).minProvisionedTPS(1))
            .campaignArn());
  }
}

package io.personalizefake.testkit.jqwik;

import static io.personalizefake.model.ResourceType.BATCH_INFERENCE_JOB;
import static io.personalizefake.model.ResourceType.CAMPAIGN;
import static io.personalizefake.model.ResourceType.DATASET;
import static io.personalizefake.model.ResourceType.DATASET_GROUP;
import static io.personalizefake.model.ResourceType.DATASET_IMPORT_JOB;
import static io.personalizefake.model.ResourceType.EVENT_TRACKER;
import static io.personalizefake.model.ResourceType.FILTER;
import static io.personalizefake.model.ResourceType.SCHEMA;
import static io.personalizefake.model.ResourceType.SOLUTION;
import static io.personalizefake.model.ResourceType.SOLUTION_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.internal.paging.Pager;
import io.personalizefake.model.BatchInferenceJob;
import io.personalizefake.model.BatchInferenceJobSummary;
import io.personalizefake.model.Campaign;
import io.personalizefake.model.CampaignSummary;
import io.personalizefake.model.CampaignUpdateSummary;
import io.personalizefake.model.CreateDatasetGroupResponse;
import io.personalizefake.model.CreateDatasetImportJobResponse;
import io.personalizefake.model.CreateDatasetResponse;
import io.personalizefake.model.CreateEventTrackerResponse;
import io.personalizefake.model.CreateFilterResponse;
import io.personalizefake.model.CreateSchemaResponse;
import io.personalizefake.model.DataSource;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DatasetGroup;
import io.personalizefake.model.DatasetGroupSummary;
import io.personalizefake.model.DatasetImportJob;
import io.personalizefake.model.DatasetImportJobSummary;
import io.personalizefake.model.DatasetSchema;
import io.personalizefake.model.DatasetSchemaSummary;
import io.personalizefake.model.DatasetSummary;
import io.personalizefake.model.EventTracker;
import io.personalizefake.model.EventTrackerSummary;
import io.personalizefake.model.Filter;
import io.personalizefake.model.FilterSummary;
import io.personalizefake.model.ResourceType;
import io.personalizefake.model.SolutionSummary;
import io.personalizefake.model.SolutionVersionSummary;
import io.personalizefake.service.PersonalizeService;
import io.personalizefake.testkit.jqwik.Docs.DsType;
import io.personalizefake.testkit.jqwik.Docs.FilterDoc;
import io.personalizefake.testkit.jqwik.Docs.SchemaDoc;
import io.personalizefake.testkit.jqwik.Snapshot.View;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The calls a workflow makes, as data: each one knows how to make itself against a {@link
 * PersonalizeService} and which error (or none) the spec's ordered checks predict from the state
 * before the call. Their {@code toString} reads like the call, for the failure report.
 */
final class Calls {

  private Calls() {}

  static final String INVALID = "InvalidInputException";
  static final String NOT_FOUND = "ResourceNotFoundException";
  static final String IN_USE = "ResourceInUseException";
  static final String EXISTS = "ResourceAlreadyExistsException";
  static final String LIMIT = "LimitExceededException";
  static final String BAD_TOKEN = "InvalidNextTokenException";

  static final String ACCOUNT = "123456789012";
  static final String REGION = "us-east-1";
  static final String PREFIX = "arn:aws:personalize:" + REGION + ":" + ACCOUNT + ":";

  static String arn(String segment, String id) {
    return PREFIX + segment + "/" + id;
  }

  static final Set<String> CATALOG =
      Set.of(
          "arn:aws:personalize:::recipe/aws-user-personalization",
          "arn:aws:personalize:::recipe/aws-sims",
          "arn:aws:personalize:::recipe/aws-hrnn",
          "arn:aws:personalize:::algorithm/aws-sims",
          "arn:aws:personalize:::algorithm/aws-hrnn",
          "arn:aws:personalize:::feature-transformation/sims");

  // --- model constraints (operations.md), applied as full matches ---------------------------

  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9\\-_]*");
  private static final Pattern ARN = Pattern.compile("arn:([a-z\\d-]+):personalize:.*:.*:.+");
  private static final Pattern ROLE =
      Pattern.compile("arn:([a-z\\d-]+):iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@\\-_/]+");
  private static final Pattern KMS = Pattern.compile("arn:aws.*:kms:.*:[0-9]{12}:key/.*");
  private static final Pattern S3 = Pattern.compile("(s3|http|https)://.+");

  static boolean validName(String s) {
    return s != null && len(s) >= 1 && len(s) <= 63 && NAME.matcher(s).matches();
  }

  static boolean validArn(String s) {
    return s != null && len(s) <= 256 && ARN.matcher(s).matches();
  }

  static boolean validRole(String s) {
    return s != null && len(s) <= 256 && ROLE.matcher(s).matches();
  }

  static boolean validKms(String s) {
    return s != null && len(s) <= 2048 && KMS.matcher(s).matches();
  }

  static boolean validLocation(String s) {
    return s != null && len(s) <= 256 && S3.matcher(s).matches();
  }

  private static int len(String s) {
    return s.codePointCount(0, s.length());
  }

  /**
   * A request value as the report shows it: quoted, ARNs of the fake's region shortened, long
   * values cut.
   */
  static String q(String s) {
    if (s == null) {
      return "null";
    }
    String shown = s.startsWith(PREFIX) ? "arn:...:" + s.substring(PREFIX.length()) : s;
    return '"' + (shown.length() > 80 ? shown.substring(0, 77) + "..." : shown) + '"';
  }

  /** One call of the control plane. */
  interface Call {
    /** The error code the spec predicts from the state before the call; null for success. */
    String expect(Snapshot before);

    /** Makes the call; returns the response (for Lists: every summary of every page). */
    Object invoke(PersonalizeService p);

    /** Reads must not change the store. */
    default boolean isRead() {
      return false;
    }

    /** Checks a successful call against the model and records what it created or deleted. */
    default void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {}
  }

  // --- dataset groups ---------------------------------------------------------------------

  record CreateDatasetGroup(String name, String roleArn, String kmsKeyArn) implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validName(name)
          || (roleArn != null && !validRole(roleArn))
          || (kmsKeyArn != null && !validKms(kmsKeyArn))) {
        return INVALID;
      }
      if ((roleArn == null) != (kmsKeyArn == null)) {
        return INVALID;
      }
      if (s.byArn.containsKey(arn("dataset-group", name))) {
        return EXISTS;
      }
      return s.live(DATASET_GROUP) >= s.quota(Quota.DATASET_GROUPS) ? LIMIT : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.createDatasetGroup(b -> b.name(name).roleArn(roleArn).kmsKeyArn(kmsKeyArn));
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      String arn = ((CreateDatasetGroupResponse) response).datasetGroupArn();
      assertThat(arn).isEqualTo(arn("dataset-group", name));
      DatasetGroup g = (DatasetGroup) w.created(DATASET_GROUP, arn, after, now).body();
      assertThat(g.name()).isEqualTo(name);
      assertThat(g.roleArn()).isEqualTo(roleArn);
      assertThat(g.kmsKeyArn()).isEqualTo(kmsKeyArn);
    }

    @Override
    public String toString() {
      return "createDatasetGroup(name="
          + q(name)
          + (roleArn == null ? "" : ", roleArn=" + q(roleArn))
          + (kmsKeyArn == null ? "" : ", kmsKeyArn=" + q(kmsKeyArn))
          + ")";
    }
  }

  // --- schemas ----------------------------------------------------------------------------

  record CreateSchema(String name, SchemaDoc schema) implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validName(name) || len(schema.text) > 10000 || !schema.valid) {
        return INVALID;
      }
      if (s.byArn.containsKey(arn("schema", name))) {
        return EXISTS;
      }
      return s.live(SCHEMA) >= s.quota(Quota.SCHEMAS) ? LIMIT : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.createSchema(b -> b.name(name).schema(schema.text));
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      String arn = ((CreateSchemaResponse) response).schemaArn();
      assertThat(arn).isEqualTo(arn("schema", name));
      DatasetSchema body = (DatasetSchema) w.created(SCHEMA, arn, after, now).body();
      assertThat(body.schema()).as("the schema is stored as sent").isEqualTo(schema.text);
    }

    @Override
    public String toString() {
      return "createSchema(name=" + q(name) + ", schema=" + schema + ")";
    }
  }

  // --- datasets ---------------------------------------------------------------------------

  record CreateDataset(String name, String datasetGroupArn, String datasetType, String schemaArn)
      implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validName(name)
          || !validArn(datasetGroupArn)
          || !validArn(schemaArn)
          || datasetType == null
          || len(datasetType) > 256) {
        return INVALID;
      }
      DsType type = DsType.parse(datasetType);
      if (type == null) {
        return INVALID;
      }
      View group = s.find(DATASET_GROUP, datasetGroupArn);
      if (group == null) {
        return NOT_FOUND;
      }
      View schema = s.find(SCHEMA, schemaArn);
      if (schema == null) {
        return NOT_FOUND;
      }
      if (SchemaDoc.byText(((DatasetSchema) schema.body()).schema()).fits != type) {
        return INVALID;
      }
      if (!group.active()) {
        return IN_USE;
      }
      if (s.byArn.containsKey(arn("dataset", group.name() + "/" + type.name()))) {
        return EXISTS;
      }
      return s.live(DATASET) >= s.quota(Quota.DATASETS) ? LIMIT : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.createDataset(
          b ->
              b.name(name)
                  .datasetGroupArn(datasetGroupArn)
                  .datasetType(datasetType)
                  .schemaArn(schemaArn));
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      String arn = ((CreateDatasetResponse) response).datasetArn();
      DsType type = DsType.parse(datasetType);
      assertThat(arn)
          .isEqualTo(
              arn(
                  "dataset",
                  before.find(DATASET_GROUP, datasetGroupArn).name() + "/" + type.name()));
      Dataset d = (Dataset) w.created(DATASET, arn, after, now).body();
      assertThat(d.datasetType()).as("datasetType is stored in upper case").isEqualTo(type.name());
      assertThat(d.datasetGroupArn()).isEqualTo(datasetGroupArn);
      assertThat(d.schemaArn()).isEqualTo(schemaArn);
      assertThat(d.name()).isEqualTo(name);
    }

    @Override
    public String toString() {
      return "createDataset(name="
          + q(name)
          + ", datasetGroupArn="
          + q(datasetGroupArn)
          + ", datasetType="
          + q(datasetType)
          + ", schemaArn="
          + q(schemaArn)
          + ")";
    }
  }

  // --- dataset import jobs ----------------------------------------------------------------

  record CreateDatasetImportJob(
      String jobName,
      String datasetArn,
      boolean withDataSource,
      String dataLocation,
      String roleArn)
      implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validName(jobName)
          || !validArn(datasetArn)
          || !withDataSource
          || !validRole(roleArn)
          || (dataLocation != null && !validLocation(dataLocation))) {
        return INVALID;
      }
      if (dataLocation == null) {
        return INVALID;
      }
      View dataset = s.find(DATASET, datasetArn);
      if (dataset == null) {
        return NOT_FOUND;
      }
      if (!dataset.active()) {
        return IN_USE;
      }
      if (s.children(DATASET_IMPORT_JOB, datasetArn).stream().anyMatch(View::transitional)) {
        return IN_USE;
      }
      if (s.byArn.containsKey(arn("dataset-import-job", jobName))) {
        return EXISTS;
      }
      return s.transitional(DATASET_IMPORT_JOB) >= s.quota(Quota.TRANSITIONAL_DATASET_IMPORT_JOBS)
          ? LIMIT
          : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.createDatasetImportJob(
          b -> {
            b.jobName(jobName).datasetArn(datasetArn).roleArn(roleArn);
            if (withDataSource) {
              b.dataSource(DataSource.builder().dataLocation(dataLocation).build());
            }
          });
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      String arn = ((CreateDatasetImportJobResponse) response).datasetImportJobArn();
      assertThat(arn).isEqualTo(arn("dataset-import-job", jobName));
      DatasetImportJob j = (DatasetImportJob) w.created(DATASET_IMPORT_JOB, arn, after, now).body();
      assertThat(j.datasetArn()).isEqualTo(datasetArn);
      assertThat(j.dataSource().dataLocation()).isEqualTo(dataLocation);
      assertThat(j.roleArn()).isEqualTo(roleArn);
    }

    @Override
    public String toString() {
      return "createDatasetImportJob(jobName="
          + q(jobName)
          + ", datasetArn="
          + q(datasetArn)
          + (withDataSource ? ", dataSource.dataLocation=" + q(dataLocation) : ", no dataSource")
          + ", roleArn="
          + q(roleArn)
          + ")";
    }
  }

  // --- event trackers ---------------------------------------------------------------------

  record CreateEventTracker(String name, String datasetGroupArn) implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validName(name) || !validArn(datasetGroupArn)) {
        return INVALID;
      }
      View group = s.find(DATASET_GROUP, datasetGroupArn);
      if (group == null) {
        return NOT_FOUND;
      }
      if (!group.active()) {
        return IN_USE;
      }
      if (!s.children(EVENT_TRACKER, datasetGroupArn).isEmpty()) {
        return EXISTS;
      }
      return s.live(EVENT_TRACKER) >= s.quota(Quota.EVENT_TRACKERS) ? LIMIT : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.createEventTracker(b -> b.name(name).datasetGroupArn(datasetGroupArn));
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      CreateEventTrackerResponse r = (CreateEventTrackerResponse) response;
      assertThat(r.eventTrackerArn())
          .matches(Pattern.quote(PREFIX + "event-tracker/") + "[0-9a-f]{8}");
      assertThat(r.trackingId())
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      EventTracker t =
          (EventTracker) w.created(EVENT_TRACKER, r.eventTrackerArn(), after, now).body();
      assertThat(t.trackingId()).isEqualTo(r.trackingId());
      assertThat(t.accountId()).isEqualTo(ACCOUNT);
      assertThat(t.datasetGroupArn()).isEqualTo(datasetGroupArn);
      assertThat(w.trackingIds.add(r.trackingId())).as("tracking ids never repeat").isTrue();
    }

    @Override
    public String toString() {
      return "createEventTracker(name=" + q(name) + ", datasetGroupArn=" + q(datasetGroupArn) + ")";
    }
  }

  // --- filters ----------------------------------------------------------------------------

  record CreateFilter(String name, String datasetGroupArn, FilterDoc expression) implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validName(name)
          || !validArn(datasetGroupArn)
          || expression.text.isEmpty()
          || len(expression.text) > 2500) {
        return INVALID;
      }
      if (!expression.syntaxOk) {
        return INVALID;
      }
      View group = s.find(DATASET_GROUP, datasetGroupArn);
      if (group == null) {
        return NOT_FOUND;
      }
      Map<DsType, SchemaDoc> datasets = new EnumMap<>(DsType.class);
      for (View d : s.children(DATASET, datasetGroupArn)) {
        if (!d.deleting()) {
          String schemaText =
              ((DatasetSchema) s.find(SCHEMA, ((Dataset) d.body()).schemaArn()).body()).schema();
          datasets.put(
              DsType.parse(((Dataset) d.body()).datasetType()), SchemaDoc.byText(schemaText));
        }
      }
      if (!expression.satisfiedBy(datasets)) {
        return INVALID;
      }
      if (!group.active()) {
        return INVALID; // CreateFilter declares no ResourceInUseException
      }
      if (s.byArn.containsKey(arn("filter", name))) {
        return EXISTS;
      }
      if (s.live(FILTER) >= s.quota(Quota.FILTERS)
          || expression.parameters.size() > s.quota(Quota.FILTER_PARAMETERS)) {
        return LIMIT;
      }
      Set<String> parameters = new LinkedHashSet<>(expression.parameters);
      for (View f : s.children(FILTER, datasetGroupArn)) {
        if (!f.deleting()) {
          parameters.addAll(FilterDoc.byText(((Filter) f.body()).filterExpression()).parameters);
        }
      }
      return parameters.size() > s.quota(Quota.DATASET_GROUP_FILTER_PARAMETERS) ? LIMIT : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return p.createFilter(
          b -> b.name(name).datasetGroupArn(datasetGroupArn).filterExpression(expression.text));
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      String arn = ((CreateFilterResponse) response).filterArn();
      assertThat(arn).isEqualTo(arn("filter", name));
      Filter f = (Filter) w.created(FILTER, arn, after, now).body();
      assertThat(f.filterExpression())
          .as("the expression is stored as sent")
          .isEqualTo(expression.text);
      assertThat(f.datasetGroupArn()).isEqualTo(datasetGroupArn);
    }

    @Override
    public String toString() {
      return "createFilter(name="
          + q(name)
          + ", datasetGroupArn="
          + q(datasetGroupArn)
          + ", filterExpression="
          + expression
          + ")";
    }
  }

  // --- describe, delete, list of any type ------------------------------------------------

  /** An operation's SDK method name: {@code DescribeCampaign} is {@code describeCampaign}. */
  static String lowerFirst(String operation) {
    return Character.toLowerCase(operation.charAt(0)) + operation.substring(1);
  }

  /** The Describe shape of {@code arn}, through the service. */
  static Object describe(PersonalizeService p, ResourceType type, String arn) {
    return switch (type) {
      case DATASET_GROUP -> p.describeDatasetGroup(b -> b.datasetGroupArn(arn)).datasetGroup();
      case SCHEMA -> p.describeSchema(b -> b.schemaArn(arn)).schema();
      case DATASET -> p.describeDataset(b -> b.datasetArn(arn)).dataset();
      case DATASET_IMPORT_JOB ->
          p.describeDatasetImportJob(b -> b.datasetImportJobArn(arn)).datasetImportJob();
      case EVENT_TRACKER -> p.describeEventTracker(b -> b.eventTrackerArn(arn)).eventTracker();
      case FILTER -> p.describeFilter(b -> b.filterArn(arn)).filter();
      case SOLUTION -> p.describeSolution(b -> b.solutionArn(arn)).solution();
      case SOLUTION_VERSION ->
          p.describeSolutionVersion(b -> b.solutionVersionArn(arn)).solutionVersion();
      case CAMPAIGN -> p.describeCampaign(b -> b.campaignArn(arn)).campaign();
      case BATCH_INFERENCE_JOB ->
          p.describeBatchInferenceJob(b -> b.batchInferenceJobArn(arn)).batchInferenceJob();
      default -> throw new IllegalArgumentException(type.name());
    };
  }

  record Describe(ResourceType type, String arn) implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validArn(arn)) {
        return INVALID;
      }
      return s.find(type, arn) == null ? NOT_FOUND : null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return describe(p, type, arn);
    }

    @Override
    public boolean isRead() {
      return true;
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      assertThat(response)
          .as("Describe shows the stored resource")
          .isEqualTo(before.find(type, arn).body());
    }

    @Override
    public String toString() {
      return lowerFirst(type.describeOperation()) + "(" + type.arnMember() + "=" + q(arn) + ")";
    }
  }

  record Delete(ResourceType type, String arn) implements Call {
    @Override
    public String expect(Snapshot s) {
      if (!validArn(arn)) {
        return INVALID;
      }
      View target = s.find(type, arn);
      if (target == null) {
        return NOT_FOUND;
      }
      switch (type) {
        case SCHEMA -> {
          boolean used =
              s.all(DATASET).stream().anyMatch(d -> arn.equals(((Dataset) d.body()).schemaArn()));
          return used ? IN_USE : null;
        }
        case DATASET_GROUP -> {
          if (target.transitional() || target.deleting()) {
            return IN_USE;
          }
          if (!s.children(DATASET, arn).isEmpty()
              || !s.children(EVENT_TRACKER, arn).isEmpty()
              || !s.children(SOLUTION, arn).isEmpty()) {
            return IN_USE;
          }
          return null;
        }
        case DATASET -> {
          if (target.transitional() || target.deleting()) {
            return IN_USE;
          }
          if (s.children(DATASET_IMPORT_JOB, arn).stream().anyMatch(View::transitional)) {
            return IN_USE;
          }
          // a transitional solution version of a solution of the same dataset group
          for (View solution : s.children(SOLUTION, target.parent())) {
            if (s.children(SOLUTION_VERSION, solution.arn()).stream()
                .anyMatch(View::transitional)) {
              return IN_USE;
            }
          }
          return null;
        }
        case EVENT_TRACKER -> {
          return target.transitional() || target.deleting() ? IN_USE : null;
        }
        case FILTER -> {
          if (target.transitional() || target.deleting()) {
            return IN_USE;
          }
          boolean used =
              s.all(BATCH_INFERENCE_JOB).stream()
                  .anyMatch(
                      j ->
                          arn.equals(((BatchInferenceJob) j.body()).filterArn())
                              && j.transitional());
          return used ? IN_USE : null;
        }
        case SOLUTION -> {
          if (target.transitional() || target.deleting()) {
            return IN_USE;
          }
          for (View c : s.all(CAMPAIGN)) {
            Campaign campaign = (Campaign) c.body();
            CampaignUpdateSummary update = campaign.latestCampaignUpdate();
            if (arn.equals(solutionOf(campaign.solutionVersionArn()))
                || (update != null
                    && Snapshot.transitional(update.status())
                    && arn.equals(solutionOf(update.solutionVersionArn())))) {
              return IN_USE;
            }
          }
          List<View> versions = s.children(SOLUTION_VERSION, arn);
          if (versions.stream().anyMatch(View::transitional)) {
            return IN_USE;
          }
          for (View v : versions) {
            if (s.children(BATCH_INFERENCE_JOB, v.arn()).stream().anyMatch(View::transitional)) {
              return IN_USE;
            }
          }
          return null;
        }
        case CAMPAIGN -> {
          if (target.transitional() || target.deleting()) {
            return IN_USE;
          }
          CampaignUpdateSummary update = ((Campaign) target.body()).latestCampaignUpdate();
          return update != null && Snapshot.transitional(update.status()) ? IN_USE : null;
        }
        default -> throw new IllegalArgumentException(type.name());
      }
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return switch (type) {
        case DATASET_GROUP -> p.deleteDatasetGroup(b -> b.datasetGroupArn(arn));
        case SCHEMA -> p.deleteSchema(b -> b.schemaArn(arn));
        case DATASET -> p.deleteDataset(b -> b.datasetArn(arn));
        case EVENT_TRACKER -> p.deleteEventTracker(b -> b.eventTrackerArn(arn));
        case FILTER -> p.deleteFilter(b -> b.filterArn(arn));
        case SOLUTION -> p.deleteSolution(b -> b.solutionArn(arn));
        case CAMPAIGN -> p.deleteCampaign(b -> b.campaignArn(arn));
        default -> throw new IllegalArgumentException(type.name());
      };
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      w.deleted(type, arn, before, after, now);
    }

    @Override
    public String toString() {
      return lowerFirst(type.deleteOperation()) + "(" + type.arnMember() + "=" + q(arn) + ")";
    }
  }

  private record Page(List<?> items, String nextToken) {}

  /**
   * Every summary of a List, page by page, checking that only pages with more to come carry a token
   * and that such pages are full.
   */
  static List<Object> listAll(
      PersonalizeService p,
      ResourceType type,
      String parent,
      Integer maxResults,
      String firstToken) {
    List<Object> all = new ArrayList<>();
    String token = firstToken;
    int pageSize = maxResults == null ? 100 : maxResults;
    for (int pages = 0; ; pages++) {
      assertThat(pages).as("paging ends").isLessThan(1000);
      String t = token;
      Page page =
          switch (type) {
            case DATASET_GROUP -> {
              var r = p.listDatasetGroups(b -> b.maxResults(maxResults).nextToken(t));
              yield new Page(r.datasetGroups(), r.nextToken());
            }
            case SCHEMA -> {
              var r = p.listSchemas(b -> b.maxResults(maxResults).nextToken(t));
              yield new Page(r.schemas(), r.nextToken());
            }
            case DATASET -> {
              var r =
                  p.listDatasets(
                      b -> b.datasetGroupArn(parent).maxResults(maxResults).nextToken(t));
              yield new Page(r.datasets(), r.nextToken());
            }
            case DATASET_IMPORT_JOB -> {
              var r =
                  p.listDatasetImportJobs(
                      b -> b.datasetArn(parent).maxResults(maxResults).nextToken(t));
              yield new Page(r.datasetImportJobs(), r.nextToken());
            }
            case EVENT_TRACKER -> {
              var r =
                  p.listEventTrackers(
                      b -> b.datasetGroupArn(parent).maxResults(maxResults).nextToken(t));
              yield new Page(r.eventTrackers(), r.nextToken());
            }
            case FILTER -> {
              var r =
                  p.listFilters(b -> b.datasetGroupArn(parent).maxResults(maxResults).nextToken(t));
              yield new Page(r.filters(), r.nextToken());
            }
            case SOLUTION -> {
              var r =
                  p.listSolutions(
                      b -> b.datasetGroupArn(parent).maxResults(maxResults).nextToken(t));
              yield new Page(r.solutions(), r.nextToken());
            }
            case SOLUTION_VERSION -> {
              var r =
                  p.listSolutionVersions(
                      b -> b.solutionArn(parent).maxResults(maxResults).nextToken(t));
              yield new Page(r.solutionVersions(), r.nextToken());
            }
            case CAMPAIGN -> {
              var r =
                  p.listCampaigns(b -> b.solutionArn(parent).maxResults(maxResults).nextToken(t));
              yield new Page(r.campaigns(), r.nextToken());
            }
            case BATCH_INFERENCE_JOB -> {
              var r =
                  p.listBatchInferenceJobs(
                      b -> b.solutionVersionArn(parent).maxResults(maxResults).nextToken(t));
              yield new Page(r.batchInferenceJobs(), r.nextToken());
            }
            default -> throw new IllegalArgumentException(type.name());
          };
      List<?> items = page.items() == null ? List.of() : page.items();
      if (page.nextToken() != null) {
        assertThat(items).as("a page with a nextToken is full").hasSize(pageSize);
      } else {
        assertThat(items.size())
            .as("a page holds at most maxResults items")
            .isLessThanOrEqualTo(pageSize);
        if (pages > 0) {
          assertThat(items).as("a nextToken is given only when more items exist").isNotEmpty();
        }
      }
      all.addAll(items);
      if (page.nextToken() == null) {
        return all;
      }
      token = page.nextToken();
    }
  }

  /**
   * The List summary of a resource, built from its Describe shape by the member lists of
   * resources.md.
   */
  static Object summaryOf(View v) {
    return switch (v.type()) {
      case DATASET_GROUP ->
          DatasetGroupSummary.builder()
              .name(v.name())
              .datasetGroupArn(v.arn())
              .status(v.status())
              .creationDateTime(v.created())
              .lastUpdatedDateTime(v.updated())
              .failureReason(v.failureReason())
              .build();
      case SCHEMA ->
          DatasetSchemaSummary.builder()
              .name(v.name())
              .schemaArn(v.arn())
              .creationDateTime(v.created())
              .lastUpdatedDateTime(v.updated())
              .build();
      case DATASET ->
          DatasetSummary.builder()
              .name(v.name())
              .datasetArn(v.arn())
              .datasetType(((Dataset) v.body()).datasetType())
              .status(v.status())
              .creationDateTime(v.created())
              .lastUpdatedDateTime(v.updated())
              .build();
      case DATASET_IMPORT_JOB ->
          DatasetImportJobSummary.builder()
              .datasetImportJobArn(v.arn())
              .jobName(v.name())
              .status(v.status())
              .creationDateTime(v.created())
              .lastUpdatedDateTime(v.updated())
              .failureReason(v.failureReason())
              .build();
      case EVENT_TRACKER ->
          EventTrackerSummary.builder()
              .name(v.name())
              .eventTrackerArn(v.arn())
              .status(v.status())
              .creationDateTime(v.created())
              .lastUpdatedDateTime(v.updated())
              .build();
      case FILTER ->
          FilterSummary.builder()
              .name(v.name())
              .filterArn(v.arn())
              .datasetGroupArn(v.parent())
              .status(v.status())
              .creationDateTime(v.created())
              .lastUpdatedDateTime(v.updated())
              .failureReason(v.failureReason())
              .build();
      case SOLUTION ->
          SolutionSummary.builder()
              .name(v.name())
              .solutionArn(v.arn())
              .status(v.status())
              .creationDateTime(v.created())
              .lastUpdatedDateTime(v.updated())
              .build();
      case SOLUTION_VERSION -> versionSummary(v);
      case CAMPAIGN ->
          CampaignSummary.builder()
              .name(v.name())
              .campaignArn(v.arn())
              .status(v.status())
              .creationDateTime(v.created())
              .lastUpdatedDateTime(v.updated())
              .failureReason(v.failureReason())
              .build();
      case BATCH_INFERENCE_JOB ->
          BatchInferenceJobSummary.builder()
              .batchInferenceJobArn(v.arn())
              .jobName(v.name())
              .status(v.status())
              .creationDateTime(v.created())
              .lastUpdatedDateTime(v.updated())
              .failureReason(v.failureReason())
              .solutionVersionArn(v.parent())
              .build();
      default -> throw new IllegalArgumentException(v.type().name());
    };
  }

  static SolutionVersionSummary versionSummary(View v) {
    return SolutionVersionSummary.builder()
        .solutionVersionArn(v.arn())
        .status(v.status())
        .creationDateTime(v.created())
        .lastUpdatedDateTime(v.updated())
        .failureReason(v.failureReason())
        .build();
  }

  /** What a List with this filter returns, in the documented order. */
  static List<Object> expectedList(Snapshot s, ResourceType type, String parent) {
    return (parent == null ? s.all(type) : s.children(type, parent))
        .stream().sorted(Snapshot.LIST_ORDER).map(Calls::summaryOf).collect(Collectors.toList());
  }

  /** Which nextToken the first page of a List is asked with. */
  enum Token {
    NONE,
    /** Not a token the fake issued. */
    GARBAGE,
    /** A token the fake issues, but for another List operation. */
    OTHER_OPERATION,
    /** A token the fake issues for this List operation, but for another filter value. */
    OTHER_FILTER
  }

  record ListAll(ResourceType type, String parent, Integer maxResults, Token token)
      implements Call {
    @Override
    public String expect(Snapshot s) {
      if ((parent != null && !validArn(parent))
          || (maxResults != null && (maxResults < 1 || maxResults > 100))) {
        return INVALID;
      }
      if (type == SOLUTION_VERSION && parent != null && s.find(SOLUTION, parent) == null) {
        return NOT_FOUND; // the one List that declares ResourceNotFoundException for its filter
      }
      return token == Token.NONE ? null : BAD_TOKEN;
    }

    /**
     * A first-page token: the fake's own pager mints tokens for another operation or filter value.
     */
    String firstToken() {
      Pager pager = new Pager(ACCOUNT + "/" + REGION);
      return switch (token) {
        case NONE -> null;
        case GARBAGE -> "bm90IGEgdG9rZW4";
        case OTHER_OPERATION ->
            pager.token(type == SCHEMA ? "ListDatasetGroups" : "ListSchemas", parent, "");
        case OTHER_FILTER ->
            pager.token(
                type.listOperation(), parent == null ? PREFIX + "dataset-group/other" : null, "");
      };
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return listAll(p, type, parent, maxResults, firstToken());
    }

    @Override
    public boolean isRead() {
      return true;
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      assertThat(response)
          .as("%s lists each matching resource once, newest first", this)
          .isEqualTo(expectedList(before, type, parent));
    }

    @Override
    public String toString() {
      List<String> args = new ArrayList<>();
      if (parent != null) {
        args.add(type.parentMember() + "=" + q(parent));
      }
      if (maxResults != null) {
        args.add("maxResults=" + maxResults);
      }
      if (token != Token.NONE) {
        args.add("nextToken=<" + token.name().toLowerCase().replace('_', ' ') + ">");
      }
      return lowerFirst(type.listOperation()) + "(" + String.join(", ", args) + ") [all pages]";
    }
  }

  // --- catalog ----------------------------------------------------------------------------

  /** The catalog kinds, each with its Describe operation. */
  enum CatalogKind {
    RECIPE("describeRecipe", "recipeArn"),
    ALGORITHM("describeAlgorithm", "algorithmArn"),
    FEATURE_TRANSFORMATION("describeFeatureTransformation", "featureTransformationArn");

    final String operation;
    final String member;

    CatalogKind(String operation, String member) {
      this.operation = operation;
      this.member = member;
    }

    /** The kind an ARN names by its resource segment; recipes otherwise. */
    static CatalogKind of(String arn) {
      return arn.contains(":algorithm/")
          ? ALGORITHM
          : arn.contains(":feature-transformation/") ? FEATURE_TRANSFORMATION : RECIPE;
    }
  }

  record DescribeCatalog(CatalogKind kind, String arn) implements Call {
    DescribeCatalog(String arn) {
      this(CatalogKind.of(arn), arn);
    }

    @Override
    public String expect(Snapshot s) {
      if (!validArn(arn)) {
        return INVALID;
      }
      return CATALOG.contains(arn) && CatalogKind.of(arn) == kind ? null : NOT_FOUND;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      return switch (kind) {
        case ALGORITHM -> p.describeAlgorithm(b -> b.algorithmArn(arn)).algorithm();
        case FEATURE_TRANSFORMATION ->
            p.describeFeatureTransformation(b -> b.featureTransformationArn(arn))
                .featureTransformation();
        case RECIPE -> p.describeRecipe(b -> b.recipeArn(arn)).recipe();
      };
    }

    @Override
    public boolean isRead() {
      return true;
    }

    @Override
    public String toString() {
      return kind.operation + "(" + kind.member + "=" + q(arn) + ")";
    }
  }

  record ListRecipes(String recipeProvider, Integer maxResults) implements Call {
    @Override
    public String expect(Snapshot s) {
      if ((recipeProvider != null && !recipeProvider.equals("SERVICE"))
          || (maxResults != null && (maxResults < 1 || maxResults > 100))) {
        return INVALID;
      }
      return null;
    }

    @Override
    public Object invoke(PersonalizeService p) {
      List<Object> all = new ArrayList<>();
      String token = null;
      do {
        String t = token;
        var r =
            p.listRecipes(
                b -> b.recipeProvider(recipeProvider).maxResults(maxResults).nextToken(t));
        all.addAll(r.recipes());
        token = r.nextToken();
      } while (token != null);
      return all;
    }

    @Override
    public boolean isRead() {
      return true;
    }

    @Override
    public void onSuccess(
        PersonalizeWorld w, Object response, Snapshot before, Snapshot after, Instant now) {
      assertThat((List<?>) response).as("the catalog has seven recipes").hasSize(7);
    }

    @Override
    public String toString() {
      return "listRecipes("
          + (recipeProvider == null ? "" : "recipeProvider=" + q(recipeProvider))
          + (maxResults == null
              ? ""
              : (recipeProvider == null ? "" : ", ") + "maxResults=" + maxResults)
          + ") [all pages]";
    }
  }

  /** The solution a solution version ARN ({@code …:solution/{name}/{id}}) belongs to. */
  static String solutionOf(String versionArn) {
    return versionArn == null || versionArn.lastIndexOf('/') < 0
        ? null
        : versionArn.substring(0, versionArn.lastIndexOf('/'));
  }

  /** The data-side types, which the data-side actions draw from. */
  static final List<ResourceType> TYPES =
      List.of(DATASET_GROUP, SCHEMA, DATASET, DATASET_IMPORT_JOB, EVENT_TRACKER, FILTER);

  /** The training-side types. */
  static final List<ResourceType> TRAINING_TYPES =
      List.of(SOLUTION, SOLUTION_VERSION, CAMPAIGN, BATCH_INFERENCE_JOB);

  static final List<ResourceType> ALL_TYPES =
      List.of(
          DATASET_GROUP,
          SCHEMA,
          DATASET,
          DATASET_IMPORT_JOB,
          EVENT_TRACKER,
          FILTER,
          SOLUTION,
          SOLUTION_VERSION,
          CAMPAIGN,
          BATCH_INFERENCE_JOB);
}

package io.personalizefake.internal.ops;

import static io.personalizefake.internal.ops.OpsContext.requireSettledForDelete;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.InvalidInputException;
import io.personalizefake.error.LimitExceededException;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.internal.filter.FieldLookup;
import io.personalizefake.internal.filter.FilterExpression;
import io.personalizefake.internal.lifecycle.Status;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.schema.AvroSchema;
import io.personalizefake.internal.schema.DatasetType;
import io.personalizefake.internal.schema.FieldType;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.BatchInferenceJob;
import io.personalizefake.model.CreateFilterRequest;
import io.personalizefake.model.CreateFilterResponse;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DatasetSchema;
import io.personalizefake.model.DeleteFilterRequest;
import io.personalizefake.model.DeleteFilterResponse;
import io.personalizefake.model.DescribeFilterRequest;
import io.personalizefake.model.DescribeFilterResponse;
import io.personalizefake.model.Filter;
import io.personalizefake.model.FilterSummary;
import io.personalizefake.model.ListFiltersRequest;
import io.personalizefake.model.ListFiltersResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** CreateFilter, DescribeFilter, ListFilters, DeleteFilter. */
final class FilterOps {

  private static final ResourceType TYPE = ResourceType.FILTER;
  private final OpsContext ctx;

  FilterOps(OpsContext ctx) {
    this.ctx = ctx;
  }

  /** Stage 3 of CreateFilter: the expression's syntax. */
  static FilterExpression checkStateless(CreateFilterRequest r) {
    return FilterExpression.parse(r.filterExpression());
  }

  CreateFilterResponse create(WriteTx tx, CreateFilterRequest r, Instant now) {
    FilterExpression expression = checkStateless(r);
    ResourceRecord group =
        ctx.resources.require(tx, ResourceType.DATASET_GROUP, r.datasetGroupArn());
    expression.checkAgainst(fieldsOf(tx, group.arn()));
    if (!Status.isActive(OpsContext.status(group))) {
      // CreateFilter declares no ResourceInUseException, so this precondition is an input error
      throw InvalidInputException.of(
          "The dataset group "
              + group.arn()
              + " must be ACTIVE to hold a filter; it is "
              + OpsContext.status(group)
              + ".");
    }
    String arn = ctx.arns.filter(r.name());
    if (ctx.resources.exists(tx, arn)) {
      throw ResourceAlreadyExistsException.of(arn);
    }
    ctx.requireBelowQuota(tx, TYPE, Quota.FILTERS);
    long perFilter = ctx.quotas.get(Quota.FILTER_PARAMETERS);
    if (expression.parameters().size() > perFilter) {
      throw LimitExceededException.of(perFilter, Quota.FILTER_PARAMETERS.quotaName());
    }
    Set<String> groupParameters = new LinkedHashSet<>(expression.parameters());
    ctx.resources
        .children(tx, TYPE, group.arn())
        .filter(f -> !Status.isDeleting(OpsContext.status(f)))
        .forEach(
            f ->
                groupParameters.addAll(
                    FilterExpression.parse(f.body(Filter.class).filterExpression()).parameters()));
    long perGroup = ctx.quotas.get(Quota.DATASET_GROUP_FILTER_PARAMETERS);
    if (groupParameters.size() > perGroup) {
      throw LimitExceededException.of(perGroup, Quota.DATASET_GROUP_FILTER_PARAMETERS.quotaName());
    }
    Filter body =
        Filter.builder()
            .name(r.name())
            .filterArn(arn)
            .datasetGroupArn(group.arn())
            .filterExpression(r.filterExpression())
            .status(Status.CREATE_PENDING.wire())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    ctx.createPlanned(tx, TYPE, arn, body, now);
    return CreateFilterResponse.builder().filterArn(arn).build();
  }

  /** The fields of the group's datasets that are not being deleted, by dataset type. */
  private FieldLookup fieldsOf(ReadTx tx, String groupArn) {
    Map<DatasetType, AvroSchema> schemas = new EnumMap<>(DatasetType.class);
    ctx.resources
        .children(tx, ResourceType.DATASET, groupArn)
        .filter(d -> !Status.isDeleting(OpsContext.status(d)))
        .forEach(
            d -> {
              Dataset dataset = d.body(Dataset.class);
              ResourceRecord schema =
                  ctx.resources.find(tx, ResourceType.SCHEMA, dataset.schemaArn());
              DatasetType type = DatasetType.parse(dataset.datasetType()).orElseThrow();
              if (schema != null) {
                schemas.put(type, AvroSchema.parse(schema.body(DatasetSchema.class).schema()));
              }
            });
    return new FieldLookup() {
      @Override
      public boolean hasDataset(DatasetType type) {
        return schemas.containsKey(type);
      }

      @Override
      public Optional<FieldType> fieldType(DatasetType type, String fieldName) {
        AvroSchema schema = schemas.get(type);
        return schema == null
            ? Optional.empty()
            : schema.fieldIgnoringCase(fieldName).map(AvroSchema.Field::type);
      }
    };
  }

  DescribeFilterResponse describe(ReadTx tx, DescribeFilterRequest r) {
    Filter filter = ctx.resources.require(tx, TYPE, r.filterArn()).body(Filter.class);
    return DescribeFilterResponse.builder().filter(filter).build();
  }

  ListFiltersResponse list(ReadTx tx, ListFiltersRequest r) {
    Page<FilterSummary> page =
        ctx.page(
            tx,
            "ListFilters",
            TYPE,
            r.datasetGroupArn(),
            r.maxResults(),
            r.nextToken(),
            FilterSummary.class);
    return ListFiltersResponse.builder().filters(page.items()).nextToken(page.nextToken()).build();
  }

  DeleteFilterResponse delete(WriteTx tx, DeleteFilterRequest r, Instant now) {
    ResourceRecord filter = ctx.resources.require(tx, TYPE, r.filterArn());
    requireSettledForDelete(filter);
    boolean used =
        ctx.resources
            .all(tx, ResourceType.BATCH_INFERENCE_JOB)
            .anyMatch(
                j ->
                    filter.arn().equals(j.body(BatchInferenceJob.class).filterArn())
                        && Status.isTransitional(OpsContext.status(j)));
    if (used) {
      throw ResourceInUseException.of(
          filter.arn(), "a batch inference job that uses the filter is running");
    }
    ctx.startDelete(tx, filter, now);
    return DeleteFilterResponse.builder().build();
  }
}

package io.personalizefake.internal.ops;

import io.personalizefake.config.Quotas.Quota;
import io.personalizefake.error.ResourceAlreadyExistsException;
import io.personalizefake.error.ResourceInUseException;
import io.personalizefake.internal.paging.Pager.Page;
import io.personalizefake.internal.schema.AvroSchema;
import io.personalizefake.internal.store.ResourceRecord;
import io.personalizefake.model.CreateSchemaRequest;
import io.personalizefake.model.CreateSchemaResponse;
import io.personalizefake.model.Dataset;
import io.personalizefake.model.DatasetSchema;
import io.personalizefake.model.DatasetSchemaSummary;
import io.personalizefake.model.DeleteSchemaRequest;
import io.personalizefake.model.DeleteSchemaResponse;
import io.personalizefake.model.DescribeSchemaRequest;
import io.personalizefake.model.DescribeSchemaResponse;
import io.personalizefake.model.ListSchemasRequest;
import io.personalizefake.model.ListSchemasResponse;
import io.personalizefake.model.ResourceType;
import io.personalizefake.spi.ReadTx;
import io.personalizefake.spi.WriteTx;
import java.time.Instant;
import java.util.List;

/** CreateSchema, DescribeSchema, ListSchemas, DeleteSchema. Schemas have no status. */
final class SchemaOps {

  private static final ResourceType TYPE = ResourceType.SCHEMA;
  private final OpsContext ctx;

  SchemaOps(OpsContext ctx) {
    this.ctx = ctx;
  }

  /** Stage 3 of CreateSchema: the general Avro rules, checked before any stored state is read. */
  static void checkStateless(CreateSchemaRequest r) {
    AvroSchema.parse(r.schema());
  }

  CreateSchemaResponse create(WriteTx tx, CreateSchemaRequest r, Instant now) {
    String arn = ctx.arns.schema(r.name());
    if (ctx.resources.exists(tx, arn)) {
      throw ResourceAlreadyExistsException.of(arn);
    }
    ctx.requireBelowQuota(tx, TYPE, Quota.SCHEMAS);
    DatasetSchema body =
        DatasetSchema.builder()
            .name(r.name())
            .schemaArn(arn)
            .schema(r.schema())
            .creationDateTime(now)
            .lastUpdatedDateTime(now)
            .build();
    ctx.create(tx, TYPE, arn, body, List.of(), now);
    return CreateSchemaResponse.builder().schemaArn(arn).build();
  }

  DescribeSchemaResponse describe(ReadTx tx, DescribeSchemaRequest r) {
    DatasetSchema schema = ctx.resources.require(tx, TYPE, r.schemaArn()).body(DatasetSchema.class);
    return DescribeSchemaResponse.builder().schema(schema).build();
  }

  ListSchemasResponse list(ReadTx tx, ListSchemasRequest r) {
    Page<DatasetSchemaSummary> page =
        ctx.page(
            tx,
            "ListSchemas",
            TYPE,
            null,
            r.maxResults(),
            r.nextToken(),
            DatasetSchemaSummary.class);
    return ListSchemasResponse.builder().schemas(page.items()).nextToken(page.nextToken()).build();
  }

  DeleteSchemaResponse delete(WriteTx tx, DeleteSchemaRequest r, Instant now) {
    ResourceRecord schema = ctx.resources.require(tx, TYPE, r.schemaArn());
    boolean used =
        ctx.resources
            .all(tx, ResourceType.DATASET)
            .anyMatch(d -> schema.arn().equals(d.body(Dataset.class).schemaArn()));
    if (used) {
      throw ResourceInUseException.of(schema.arn(), "a dataset uses the schema");
    }
    // schemas have no status: they go at once, whatever the timings
    ctx.resources.remove(tx, schema);
    return DeleteSchemaResponse.builder().build();
  }
}

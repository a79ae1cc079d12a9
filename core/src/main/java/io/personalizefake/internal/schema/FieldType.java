package io.personalizefake.internal.schema;

/** The Avro primitive types a Personalize schema field may have. */
public enum FieldType {
  INT("int"),
  LONG("long"),
  FLOAT("float"),
  DOUBLE("double"),
  STRING("string"),
  BOOLEAN("boolean");

  private final String avroName;

  FieldType(String avroName) {
    this.avroName = avroName;
  }

  /** The name of the type in Avro's JSON form, e.g. {@code "long"}. */
  public String avroName() {
    return avroName;
  }

  public boolean isNumeric() {
    return this == INT || this == LONG || this == FLOAT || this == DOUBLE;
  }
}

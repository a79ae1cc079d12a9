package io.personalizefake.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** How the Immutables processor shapes the model types. */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    // accessors are named as the SDK names them: name(), datasetGroupArn(), no get- prefix
    get = {"*"},
    init = "*",
    // no Guava in the generated code, so the model types stay plain Java
    jdkOnly = true,
    // requests are lenient: a missing required member must reach the validator, not fail in build()
    validationMethod = Value.Style.ValidationMethod.NONE,
    // absent members are null (and omitted on the wire); collections may be absent too
    defaultAsDefault = false,
    // one immutable implementation per shape, hidden behind the abstract type
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    // build() returns the abstract type, so code handing a built value on needs no implementation
    // class loaded to verify it
    overshadowImplementation = true)
public @interface ModelStyle {}

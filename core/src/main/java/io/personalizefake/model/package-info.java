/**
 * Requests, responses and resource shapes of the Amazon Personalize control plane, named as the AWS
 * SDK for Java v2 names them. Every member is nullable: an absent member is {@code null} here and
 * omitted on the wire.
 */
@NullMarked
package io.personalizefake.model;

import org.jspecify.annotations.NullMarked;

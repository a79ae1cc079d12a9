package io.personalizefake.internal.filter;

import io.personalizefake.error.InvalidInputException;

/** Builds the messages of rejected filter expressions. */
final class FilterErrors {

  private FilterErrors() {}

  /** A problem found at a character offset of the expression. */
  static InvalidInputException at(int offset, String problem) {
    return new InvalidInputException(
        "Invalid filter expression: " + problem + " (at offset " + offset + ").");
  }

  /** A token that the grammar does not allow where it stands. */
  static InvalidInputException expected(String expected, Token found) {
    return at(found.offset(), "expected " + expected + " but found " + found.describe());
  }

  /** A rule broken by a well-formed expression, found against the dataset group's datasets. */
  static InvalidInputException semantic(String problem) {
    return new InvalidInputException("Invalid filter expression: " + problem + ".");
  }
}

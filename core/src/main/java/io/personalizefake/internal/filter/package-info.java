/**
 * Filter expressions of CreateFilter: a lexer and a recursive-descent parser that check the grammar
 * and the syntactic rules, an immutable syntax tree kept for a later evaluator, and the checks
 * against the datasets of a dataset group.
 */
@NullMarked
package io.personalizefake.internal.filter;

import org.jspecify.annotations.NullMarked;

package io.personalizefake.internal.filter;

import io.personalizefake.internal.schema.DatasetType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One {@code INCLUDE|EXCLUDE ItemID WHERE ... [IF ...]} part of a filter; the parts of a filter are
 * separated by {@code |}.
 *
 * @param action whether the selected items are kept or dropped
 * @param dataset the dataset every {@code WHERE} condition names (Interactions or Items)
 * @param conditions the {@code WHERE} conditions in written order, never empty
 * @param connectives the words between the conditions: {@code connectives.get(i)} joins {@code
 *     conditions.get(i)} and {@code conditions.get(i + 1)}
 * @param userConditions the {@code CurrentUser} conditions of the {@code IF} clause, all joined by
 *     {@code AND}; empty when there is no {@code IF} clause
 */
public record Expression(
    Action action,
    DatasetType dataset,
    List<Condition> conditions,
    List<Connective> connectives,
    List<Condition> userConditions) {

  /** What happens to the items the expression selects. */
  public enum Action {
    /** Only selected items remain (together with the items of other INCLUDE expressions). */
    INCLUDE,
    /** Selected items are removed. */
    EXCLUDE
  }

  /** The word joining two {@code WHERE} conditions; {@code AND} binds tighter than {@code OR}. */
  public enum Connective {
    AND,
    OR
  }

  public Expression {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(dataset, "dataset");
    conditions = List.copyOf(conditions);
    connectives = List.copyOf(connectives);
    userConditions = List.copyOf(userConditions);
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("an expression needs at least one condition");
    }
    if (connectives.size() != conditions.size() - 1) {
      throw new IllegalArgumentException(
          "expected " + (conditions.size() - 1) + " connectives, got " + connectives.size());
    }
  }

  /** Whether the expression ends with an {@code IF} clause. */
  public boolean hasIfClause() {
    return !userConditions.isEmpty();
  }

  /**
   * The {@code WHERE} conditions grouped for evaluation: the expression holds when every condition
   * of at least one group holds. Because {@code AND} binds tighter than {@code OR}, each {@code OR}
   * starts a new group.
   */
  public List<List<Condition>> disjuncts() {
    List<List<Condition>> groups = new ArrayList<>();
    List<Condition> current = new ArrayList<>();
    current.add(conditions.get(0));
    for (int i = 0; i < connectives.size(); i++) {
      if (connectives.get(i) == Connective.OR) {
        groups.add(List.copyOf(current));
        current = new ArrayList<>();
      }
      current.add(conditions.get(i + 1));
    }
    groups.add(List.copyOf(current));
    return List.copyOf(groups);
  }
}

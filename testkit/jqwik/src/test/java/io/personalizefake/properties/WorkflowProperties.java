package io.personalizefake.properties;

import io.personalizefake.testkit.jqwik.PersonalizeActions;
import io.personalizefake.testkit.jqwik.PersonalizeInvariants;
import io.personalizefake.testkit.jqwik.PersonalizeWorld;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.statistics.Statistics;

/**
 * The project's own model-based properties, built on the public jqwik kit: random workflows of
 * valid and invalid calls of all 43 operations mixed with clock moves, each call checked against
 * the reference model of {@link PersonalizeWorld}, and {@link PersonalizeInvariants} checked after
 * every step.
 *
 * <p>How many chains a normal build runs, each of exactly {@value #STEPS} steps (the coverage check
 * of each property fails the build if a generated chain is shorter):
 *
 * <table>
 *   <tr><th>property</th><th>chains</th></tr>
 *   <tr><td>data side, instant timings</td><td>250</td></tr>
 *   <tr><td>data side, realistic timings and low quotas</td><td>250</td></tr>
 *   <tr><td>every operation, instant timings</td><td>250</td></tr>
 *   <tr><td>every operation, realistic timings and low quotas</td><td>250</td></tr>
 *   <tr><td>training side, realistic timings</td><td>50</td></tr>
 *   <tr><td>replays (determinism)</td><td>60</td></tr>
 * </table>
 *
 * <p>That is 1,050 chains checked against the model and the invariants, and 60 more replayed.
 */
class WorkflowProperties {

  static final int STEPS = 50;

  @Property(tries = 250)
  void data_side_workflows_keep_the_invariants_with_instant_timings(
      @ForAll("instantDataSide") ActionChain<PersonalizeWorld> chain) {
    counted(chain.withInvariant("invariants", PersonalizeInvariants::check).run());
  }

  @Property(tries = 250)
  void data_side_workflows_keep_the_invariants_with_realistic_timings(
      @ForAll("realisticDataSide") ActionChain<PersonalizeWorld> chain) {
    counted(chain.withInvariant("invariants", PersonalizeInvariants::check).run());
  }

  @Property(tries = 250)
  void workflows_of_every_operation_keep_the_invariants_with_instant_timings(
      @ForAll("instantAll") ActionChain<PersonalizeWorld> chain) {
    reach(counted(chain.withInvariant("invariants", PersonalizeInvariants::check).run()));
  }

  @Property(tries = 250)
  void workflows_of_every_operation_keep_the_invariants_with_realistic_timings(
      @ForAll("realisticAll") ActionChain<PersonalizeWorld> chain) {
    reach(counted(chain.withInvariant("invariants", PersonalizeInvariants::check).run()));
  }

  @Property(tries = 50)
  void training_workflows_keep_the_invariants_with_realistic_timings(
      @ForAll("realisticTrainingSide") ActionChain<PersonalizeWorld> chain) {
    reach(counted(chain.withInvariant("invariants", PersonalizeInvariants::check).run()));
  }

  @Property(tries = 60)
  void the_same_seed_clock_moves_and_calls_give_the_same_answers(
      @ForAll("anyWorkflows") ActionChain<PersonalizeWorld> chain) {
    PersonalizeInvariants.checkReplay(chain.run());
  }

  /** Records the length of a chain; every generated chain must have made all its steps. */
  private static PersonalizeWorld counted(PersonalizeWorld w) {
    Statistics.label("steps per chain").collect(w.steps().size());
    Statistics.label("steps per chain")
        .coverage(
            c ->
                c.checkQuery(values -> (Integer) values.get(0) >= STEPS)
                    .percentage(p -> p == 100.0));
    return w;
  }

  /** How deep a workflow got, for the statistics jqwik reports. */
  private static void reach(PersonalizeWorld w) {
    String depth =
        w.reachedTrainingCalls().isEmpty()
            ? "nothing of the training side succeeded"
            : String.join(" ", w.reachedTrainingCalls());
    Statistics.label("successful training calls").collect(depth);
  }

  @Provide
  ActionChainArbitrary<PersonalizeWorld> instantDataSide() {
    return PersonalizeActions.dataSide(PersonalizeWorld::instant).withMaxTransformations(STEPS);
  }

  @Provide
  ActionChainArbitrary<PersonalizeWorld> realisticDataSide() {
    return PersonalizeActions.dataSide(PersonalizeWorld::realistic).withMaxTransformations(STEPS);
  }

  @Provide
  ActionChainArbitrary<PersonalizeWorld> instantAll() {
    return PersonalizeActions.all(PersonalizeWorld::instant).withMaxTransformations(STEPS);
  }

  @Provide
  ActionChainArbitrary<PersonalizeWorld> realisticAll() {
    return PersonalizeActions.all(PersonalizeWorld::realistic).withMaxTransformations(STEPS);
  }

  @Provide
  ActionChainArbitrary<PersonalizeWorld> realisticTrainingSide() {
    return PersonalizeActions.trainingSide(PersonalizeWorld::realistic)
        .withMaxTransformations(STEPS);
  }

  @Provide
  Arbitrary<ActionChain<PersonalizeWorld>> anyWorkflows() {
    return Arbitraries.oneOf(realisticAll(), instantDataSide(), realisticDataSide(), instantAll());
  }
}

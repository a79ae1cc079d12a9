package io.personalizefake.testkit.jqwik;

import io.personalizefake.PersonalizeFake;

/**
 * Rules that hold after any sequence of calls, checked on demand. Each check throws an {@link
 * AssertionError} whose message lists every broken rule, names the resource or store record
 * involved and the fake's seed.
 *
 * <p>{@link #check(PersonalizeFake)} reads a fake's store and needs no model, so it fits any fake,
 * in any test, on any store:
 *
 * <ul>
 *   <li>every resource is stored under its own ARN, of its account and region, with a status its
 *       type can show, not updated before it was created, and with a status change planned while it
 *       is being created or deleted;
 *   <li>names are unique per type whose ARN is made from the name; a group holds at most one
 *       dataset of each type and one event tracker; a group being deleted holds no dataset,
 *       solution or event tracker;
 *   <li>every parent, schema and deployed solution version a resource refers to is stored;
 *   <li>the list index, the due index and the quota counters agree exactly with the resources;
 *   <li>creation sequence numbers are unique and below the next one the fake hands out;
 *   <li>when no status change is due, Describe shows each stored resource and the Lists show them
 *       all, newest first.
 * </ul>
 *
 * <p>{@link #check(PersonalizeWorld)} adds what the world's reference model knows: every status and
 * timestamp the timings predict, what training produced, each ARN describable exactly while stored,
 * filtered Lists in small pages, resources disappearing only after a Delete.
 */
public final class PersonalizeInvariants {

  private PersonalizeInvariants() {}

  /**
   * Checks the store-level rules on any fake, without changing it (the reads through the service
   * are made only when they cannot settle a status change).
   */
  public static void check(PersonalizeFake fake) {
    StoreRules.check(fake);
  }

  /**
   * Checks a world after settling what is due: the store-level rules of {@link
   * #check(PersonalizeFake)} and the predictions of the world's reference model. Use it as the
   * invariant of an action chain: {@code chain.withInvariant("invariants",
   * PersonalizeInvariants::check).run()}.
   */
  public static void check(PersonalizeWorld world) {
    world.checkInvariants();
  }

  /**
   * Checks that the world's fake is deterministic: a fresh world of the same configuration (same
   * seed, same start), given the same clock moves and calls, answers each call the same, describes
   * every ARN the same and ends with the same records.
   */
  public static void checkReplay(PersonalizeWorld world) {
    world.checkReplay();
  }
}

package io.personalizefake.config;

import io.personalizefake.model.ResourceType;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each resource type stays in each transitional status. A duration that is absent means
 * "never by itself": the resource waits in that status until a test control moves it on.
 *
 * <p>Presets: {@link #instant()} (every duration zero: any later call sees the end state), {@link
 * #realistic()} (durations close to the real service's), {@link #manual()} (nothing moves by
 * itself). Any duration can be overridden with {@link #with}.
 */
public final class Timings {

  /** The statuses a resource spends time in. */
  public enum Phase {
    CREATE_PENDING,
    CREATE_IN_PROGRESS,
    DELETE_PENDING,
    DELETE_IN_PROGRESS
  }

  /** Which training a solution version runs; training with HPO or AutoML takes longer. */
  public enum Training {
    PLAIN,
    HPO,
    AUTOML
  }

  private final Map<ResourceType, Map<Phase, Optional<Duration>>> durations;
  private final Map<Training, Optional<Duration>> training;
  private final String name;

  private Timings(
      String name,
      Map<ResourceType, Map<Phase, Optional<Duration>>> durations,
      Map<Training, Optional<Duration>> training) {
    this.name = name;
    this.durations = durations;
    this.training = training;
  }

  private static Timings uniform(String name, Optional<Duration> each) {
    Map<ResourceType, Map<Phase, Optional<Duration>>> map = new EnumMap<>(ResourceType.class);
    for (ResourceType type : ResourceType.values()) {
      Map<Phase, Optional<Duration>> phases = new EnumMap<>(Phase.class);
      for (Phase phase : Phase.values()) {
        phases.put(phase, each);
      }
      map.put(type, phases);
    }
    Map<Training, Optional<Duration>> training = new EnumMap<>(Training.class);
    for (Training t : Training.values()) {
      training.put(t, each);
    }
    return new Timings(name, map, training);
  }

  /** Every duration zero: creates and deletes are complete at the next call. The default. */
  public static Timings instant() {
    return uniform("instant", Optional.of(Duration.ZERO));
  }

  /** Nothing moves by itself; only test controls (advance, settle, fail) change statuses. */
  public static Timings manual() {
    return uniform("manual", Optional.empty());
  }

  /**
   * Durations close to what the real service shows: 10 s for each step of dataset groups, datasets,
   * event trackers, filters and solutions, and for each delete step; an import job runs 5 min, a
   * solution version trains 20 min (40 with HPO, 90 with AutoML), a campaign or campaign update
   * deploys in 8 min, and a batch inference job runs 15 min, each after 10 s pending.
   */
  public static Timings realistic() {
    Duration step = Duration.ofSeconds(10);
    Timings t = uniform("realistic", Optional.of(step));
    t = t.with(ResourceType.DATASET_IMPORT_JOB, Phase.CREATE_IN_PROGRESS, Duration.ofMinutes(5));
    t = t.with(ResourceType.CAMPAIGN, Phase.CREATE_IN_PROGRESS, Duration.ofMinutes(8));
    t = t.with(ResourceType.CAMPAIGN_UPDATE, Phase.CREATE_IN_PROGRESS, Duration.ofMinutes(8));
    t = t.with(ResourceType.BATCH_INFERENCE_JOB, Phase.CREATE_IN_PROGRESS, Duration.ofMinutes(15));
    t = t.withTraining(Training.PLAIN, Duration.ofMinutes(20));
    t = t.withTraining(Training.HPO, Duration.ofMinutes(40));
    t = t.withTraining(Training.AUTOML, Duration.ofMinutes(90));
    return new Timings("realistic", t.durations, t.training);
  }

  /** These timings with one duration replaced. */
  public Timings with(ResourceType type, Phase phase, Duration duration) {
    return replace(type, phase, Optional.of(nonNegative(duration)));
  }

  /** These timings with one status that a resource leaves only through a test control. */
  public Timings withNever(ResourceType type, Phase phase) {
    return replace(type, phase, Optional.empty());
  }

  /** These timings with every step of {@code type} (create and delete) set to {@code duration}. */
  public Timings with(ResourceType type, Duration duration) {
    Timings t = this;
    for (Phase phase : Phase.values()) {
      t = t.with(type, phase, duration);
    }
    return type == ResourceType.SOLUTION_VERSION
        ? t.withTraining(Training.PLAIN, duration)
            .withTraining(Training.HPO, duration)
            .withTraining(Training.AUTOML, duration)
        : t;
  }

  /** These timings with the training time of solution versions of one kind replaced. */
  public Timings withTraining(Training kind, Duration duration) {
    Map<Training, Optional<Duration>> copy = new EnumMap<>(training);
    copy.put(kind, Optional.of(nonNegative(duration)));
    return new Timings("custom", durations, copy);
  }

  private Timings replace(ResourceType type, Phase phase, Optional<Duration> value) {
    Map<ResourceType, Map<Phase, Optional<Duration>>> copy = new EnumMap<>(ResourceType.class);
    durations.forEach((k, v) -> copy.put(k, new EnumMap<>(v)));
    copy.get(type).put(phase, value);
    return new Timings("custom", copy, training);
  }

  private static Duration nonNegative(Duration d) {
    Objects.requireNonNull(d, "duration");
    if (d.isNegative()) {
      throw new IllegalArgumentException("a duration must not be negative: " + d);
    }
    return d;
  }

  /** How long {@code type} stays in {@code phase}; empty when it stays until told to move. */
  public Optional<Duration> duration(ResourceType type, Phase phase) {
    if (type == ResourceType.SOLUTION_VERSION && phase == Phase.CREATE_IN_PROGRESS) {
      return training.get(Training.PLAIN);
    }
    return durations.get(type).get(phase);
  }

  /** How long a solution version of the given kind trains (its CREATE IN_PROGRESS time). */
  public Optional<Duration> training(Training kind) {
    return training.get(kind);
  }

  @Override
  public String toString() {
    return "Timings[" + name + "]";
  }
}

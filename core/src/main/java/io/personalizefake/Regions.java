package io.personalizefake;

import io.personalizefake.internal.arn.Arns;
import io.personalizefake.internal.ops.Controls;
import io.personalizefake.internal.ops.ServiceImpl;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The regions a fake has served, each with its service and its test controls, made on first use.
 */
final class Regions {

  /** One region's service and controls. */
  record Plane(ServiceImpl service, Controls controls) {}

  private final ConcurrentMap<String, Plane> planes = new ConcurrentHashMap<>();
  private final Function<String, Plane> factory;

  Regions(Function<String, Plane> factory) {
    this.factory = factory;
  }

  static String requireName(String region) {
    if (!Arns.isRegionName(region)) {
      throw new IllegalArgumentException("not a region name: " + region);
    }
    return region;
  }

  Plane of(String region) {
    return planes.computeIfAbsent(requireName(region), factory);
  }

  /** Every region served so far. */
  Collection<Plane> served() {
    return planes.values();
  }
}

package io.personalizefake.internal.ops;

import io.personalizefake.config.Quotas;
import io.personalizefake.config.Quotas.Quota;

/** The quotas in force, which a test may change while the fake runs. */
public final class LiveQuotas {

  private volatile Quotas quotas;

  public LiveQuotas(Quotas quotas) {
    this.quotas = quotas;
  }

  public long get(Quota quota) {
    return quotas.get(quota);
  }

  public Quotas current() {
    return quotas;
  }

  public synchronized void set(Quota quota, long value) {
    quotas = quotas.with(quota, value);
  }

  public void setAll(Quotas all) {
    quotas = all;
  }
}

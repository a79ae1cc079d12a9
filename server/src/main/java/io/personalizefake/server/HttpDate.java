package io.personalizefake.server;

import io.netty.handler.codec.DateFormatter;
import java.util.Date;

/** The {@code Date} header's value, formatted once a second rather than once a reply. */
final class HttpDate {

  private record Stamp(long second, String text) {}

  private static volatile Stamp last = new Stamp(-1, "");

  private HttpDate() {}

  static String now() {
    long millis = System.currentTimeMillis();
    long second = millis / 1000;
    Stamp s = last;
    if (s.second() != second) {
      s = new Stamp(second, DateFormatter.format(new Date(second * 1000)));
      last = s;
    }
    return s.text();
  }
}

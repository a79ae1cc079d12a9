package io.personalizefake.wire;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as the protocol handler sees it, whatever carried it (a socket or the SDK's
 * in-process client). Header names compare without regard to case. A header map that already
 * ignores case (a {@link TreeMap} ordered by {@link String#CASE_INSENSITIVE_ORDER}, as {@link
 * #headerMap()} makes) is kept as it is, not copied: the transports build one per request.
 */
public record WireRequest(String method, String path, Map<String, String> headers, byte[] body) {

  public WireRequest {
    if (!(headers instanceof TreeMap<String, String> t && t.comparator() == String.CASE_INSENSITIVE_ORDER)) {
      Map<String, String> folded = headerMap();
      folded.putAll(headers);
      headers = folded;
    }
  }

  /** An empty, mutable header map that ignores the case of names. */
  public static Map<String, String> headerMap() {
    return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  }

  public @Nullable String header(String name) {
    return headers.get(name);
  }
}

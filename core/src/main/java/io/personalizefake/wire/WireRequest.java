package io.personalizefake.wire;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as the protocol handler sees it, whatever carried it (a socket or the SDK's
 * in-process client). Header names compare without regard to case.
 */
public record WireRequest(String method, String path, Map<String, String> headers, byte[] body) {

  public WireRequest {
    Map<String, String> folded = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    folded.putAll(headers);
    headers = folded;
  }

  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}

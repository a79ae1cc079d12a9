package io.personalizefake.wire;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An HTTP response of the protocol handler: status, headers and body. */
public record WireResponse(int status, Map<String, String> headers, byte[] body) {

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}

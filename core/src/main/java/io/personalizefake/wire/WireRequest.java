package io.personalizefake.wire;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP request as the protocol handlers see it, whatever carried it (a socket or the SDK's
 * in-process client). Header names compare without regard to case.
 *
 * <p>A transport whose own request already looks headers up by name without regard to case hands
 * that lookup over as {@link Headers} instead of copying every header: a handler reads only the few
 * it needs.
 */
public final class WireRequest {

  /**
   * The headers of a request, looked up by name without regard to case; several values of one name
   * come joined by commas, as HTTP allows.
   */
  @FunctionalInterface
  public interface Headers {
    @Nullable String get(String name);
  }

  private final String method;
  private final String path;
  private final Headers headers;
  private final byte[] body;

  public WireRequest(String method, String path, Headers headers, byte[] body) {
    this.method = method;
    this.path = path;
    this.headers = headers;
    this.body = body;
  }

  /**
   * A request with the headers of {@code headers}. A map that already ignores case (a {@link
   * TreeMap} ordered by {@link String#CASE_INSENSITIVE_ORDER}, as {@link #headerMap()} makes) is
   * used as it is, any other is copied into one.
   */
  public WireRequest(String method, String path, Map<String, String> headers, byte[] body) {
    this(method, path, caseInsensitive(headers)::get, body);
  }

  private static Map<String, String> caseInsensitive(Map<String, String> headers) {
    if (headers instanceof TreeMap<String, String> t
        && t.comparator() == String.CASE_INSENSITIVE_ORDER) {
      return headers;
    }
    Map<String, String> folded = headerMap();
    folded.putAll(headers);
    return folded;
  }

  /** An empty, mutable header map that ignores the case of names. */
  public static Map<String, String> headerMap() {
    return new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  }

  public String method() {
    return method;
  }

  /** The request target's path, without its query. */
  public String path() {
    return path;
  }

  public byte[] body() {
    return body;
  }

  public @Nullable String header(String name) {
    return headers.get(name);
  }
}

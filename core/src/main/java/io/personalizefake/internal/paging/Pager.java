package io.personalizefake.internal.paging;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import io.personalizefake.error.InvalidNextTokenException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Pages through lists. A token names the operation, the list's filter value and the sort key of the
 * last item returned, sealed with an HMAC: the next page starts right after that key, so a walk
 * over a list that grows or shrinks meanwhile neither repeats nor skips an item that existed for
 * the whole walk, and the cost of a page does not grow with its depth. A token that was not issued
 * for the same operation and filter value is refused with InvalidNextTokenException.
 */
public final class Pager {

  /** One page: the items and the token of the next page (null on the last page). */
  public record Page<S>(List<S> items, @Nullable String nextToken) {}

  public static final int DEFAULT_MAX_RESULTS = 100;
  private static final char SEP = '\u0002';
  private static final int MAC_CHARS = 32;

  private final String scope;

  /**
   * Made on first use: most fakes never hand out a token, and making the key costs a provider
   * lookup.
   */
  private volatile @Nullable HashFunction mac;

  /** A pager whose tokens are valid only for the given scope (account and region). */
  public Pager(String scope) {
    this.scope = scope;
  }

  /**
   * The sort key after which the page that {@code token} asks for starts; the empty string for the
   * first page (no token).
   */
  public String start(String operation, @Nullable String filter, @Nullable String token) {
    if (token == null) {
      return "";
    }
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw InvalidNextTokenException.of();
    }
    // the decoder also takes padding and non-zero trailing bits: accept only the exact text issued
    if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(token)) {
      throw InvalidNextTokenException.of();
    }
    String payload = new String(bytes, StandardCharsets.UTF_8);
    int cut = payload.length() - MAC_CHARS;
    if (cut <= 0 || payload.charAt(cut - 1) != SEP) {
      throw InvalidNextTokenException.of();
    }
    String body = payload.substring(0, cut - 1);
    if (!sign(body).equals(payload.substring(cut))) {
      throw InvalidNextTokenException.of();
    }
    String expected = operation + SEP + (filter == null ? "" : filter) + SEP;
    if (!body.startsWith(expected)) {
      throw InvalidNextTokenException.of();
    }
    return body.substring(expected.length());
  }

  /**
   * Takes up to {@code maxResults} records (default 100) from {@code records}, mapped by {@code
   * summary}, with a token when more records follow.
   */
  public <R, S> Page<S> page(
      String operation,
      @Nullable String filter,
      @Nullable Integer maxResults,
      Stream<R> records,
      Function<? super R, String> sortKey,
      Function<? super R, S> summary) {
    int max = maxResults == null ? DEFAULT_MAX_RESULTS : maxResults;
    List<S> items = new ArrayList<>(Math.min(max, 16));
    Iterator<R> it = records.iterator();
    R last = null;
    while (items.size() < max && it.hasNext()) {
      last = it.next();
      items.add(summary.apply(last));
    }
    String next =
        last != null && it.hasNext() ? token(operation, filter, sortKey.apply(last)) : null;
    return new Page<>(items, next);
  }

  /** The token of the page that starts after {@code sortKey}. */
  public String token(String operation, @Nullable String filter, String sortKey) {
    String body = operation + SEP + (filter == null ? "" : filter) + SEP + sortKey;
    String payload = body + SEP + sign(body);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(payload.getBytes(StandardCharsets.UTF_8));
  }

  private String sign(String body) {
    HashFunction m = mac;
    if (m == null) {
      m =
          Hashing.hmacSha256(
              ("personalize-fake page token|" + scope).getBytes(StandardCharsets.UTF_8));
      mac = m;
    }
    return m.hashString(body, StandardCharsets.UTF_8).toString().substring(0, MAC_CHARS);
  }
}

package io.personalizefake.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.personalizefake.wire.AdminRoutes;
import io.personalizefake.wire.AwsJsonHandler;
import io.personalizefake.wire.WireRequest;
import io.personalizefake.wire.WireResponse;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * One connection's requests: collects each request's body (up to the limit), hands the request to
 * the protocol or control handler, and writes the reply. Replies leave in the order the requests
 * came; a request that has to wait for a worker thread stops reading from its connection until it
 * is answered.
 */
final class Exchange extends ChannelInboundHandlerAdapter {

  /** What every connection of a server shares. */
  record Shared(
      AwsJsonHandler protocol,
      AdminRoutes control,
      boolean allowRemoteControl,
      boolean inline,
      Executor workers) {}

  private static final byte[] EMPTY = new byte[0];

  private final Shared shared;
  private @Nullable HttpRequest head;
  private @Nullable ByteBuf body;

  /** More body bytes came than the limit allows; they are dropped and the request refused. */
  private boolean overLimit;

  /** The request was answered before its body came (its declared length is over the limit). */
  private boolean answeredEarly;

  /** A call is running on a worker thread; requests that come meanwhile wait here. */
  private boolean busy;

  private final ArrayDeque<Pending> waiting = new ArrayDeque<>(0);

  private record Pending(WireRequest request, boolean keepAlive) {}

  Exchange(Shared shared) {
    this.shared = shared;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    try {
      if (msg instanceof HttpRequest request) {
        start(ctx, request);
      }
      if (msg instanceof HttpContent content && head != null) {
        if (content.decoderResult().isFailure()) {
          // a body that breaks HTTP/1.1 framing (a bad chunk size): answered, then closed
          head = null;
          releaseBody();
          reply(ctx, unreadable(), false);
          return;
        }
        append(content.content());
        if (msg instanceof LastHttpContent) {
          finish(ctx);
        }
      }
    } finally {
      ReferenceCountUtil.release(msg);
    }
  }

  private void start(ChannelHandlerContext ctx, HttpRequest request) {
    releaseBody();
    overLimit = false;
    answeredEarly = false;
    if (request.decoderResult().isFailure()) {
      head = null;
      reply(ctx, unreadable(), false);
      return;
    }
    head = request;
    long declared = HttpUtil.getContentLength(request, -1L);
    if (declared > AwsJsonHandler.MAX_BODY_BYTES) {
      // refuse without reading a body that is too large; the connection is closed afterwards
      answeredEarly = true;
      handle(ctx, wire(ctx, request, new byte[AwsJsonHandler.MAX_BODY_BYTES + 1]), false);
      return;
    }
    if (HttpUtil.is100ContinueExpected(request)) {
      ctx.writeAndFlush(
          new DefaultFullHttpResponse(
              HttpVersion.HTTP_1_1, HttpResponseStatus.CONTINUE, Unpooled.EMPTY_BUFFER));
    }
  }

  private void append(ByteBuf chunk) {
    if (answeredEarly || !chunk.isReadable()) {
      return;
    }
    int limit = AwsJsonHandler.MAX_BODY_BYTES + 1;
    int have = body == null ? 0 : body.readableBytes();
    int take = Math.min(chunk.readableBytes(), limit - have);
    if (take < chunk.readableBytes()) {
      // keep one byte over the limit, so the handler sees the body as too large; drop the rest
      overLimit = true;
    }
    if (take <= 0) {
      return;
    }
    if (body == null) {
      body =
          Unpooled.buffer(
              Math.max(take, (int) Math.min(limit, HttpUtil.getContentLength(head, 0L))));
    }
    body.writeBytes(chunk, chunk.readerIndex(), take);
  }

  private void finish(ChannelHandlerContext ctx) {
    HttpRequest request = head;
    head = null;
    if (request == null || answeredEarly) {
      releaseBody();
      return;
    }
    byte[] bytes = EMPTY;
    if (body != null) {
      bytes = new byte[body.readableBytes()];
      body.readBytes(bytes);
      releaseBody();
    }
    // a refused body that was read to its end leaves the connection usable, but it is not kept
    boolean keepAlive = HttpUtil.isKeepAlive(request) && !overLimit;
    handle(ctx, wire(ctx, request, bytes), keepAlive);
  }

  private void handle(ChannelHandlerContext ctx, WireRequest request, boolean keepAlive) {
    if (busy || !waiting.isEmpty()) {
      waiting.add(new Pending(request, keepAlive));
      return;
    }
    run(ctx, request, keepAlive);
  }

  private void run(ChannelHandlerContext ctx, WireRequest request, boolean keepAlive) {
    boolean control = AdminRoutes.handles(request.path());
    if (shared.inline() && !control) {
      reply(ctx, shared.protocol().handle(request), keepAlive);
      return;
    }
    busy = true;
    ctx.channel().config().setAutoRead(false);
    try {
      shared
          .workers()
          .execute(
              () -> {
                WireResponse response = serve(ctx, request, control);
                ctx.executor()
                    .execute(
                        () -> {
                          busy = false;
                          reply(ctx, response, keepAlive);
                          // what came meanwhile, in order, until a call needs a worker again
                          for (Pending next = waiting.poll();
                              next != null;
                              next = busy ? null : waiting.poll()) {
                            run(ctx, next.request(), next.keepAlive());
                          }
                          if (!busy && ctx.channel().isActive()) {
                            ctx.channel().config().setAutoRead(true);
                          }
                        });
              });
    } catch (RejectedExecutionException e) {
      // the server is closing
      busy = false;
      ctx.close();
    }
  }

  private WireResponse serve(ChannelHandlerContext ctx, WireRequest request, boolean control) {
    if (!control) {
      return shared.protocol().handle(request);
    }
    SocketAddress remote = ctx.channel().remoteAddress();
    boolean local =
        remote instanceof InetSocketAddress a
            && a.getAddress() != null
            && a.getAddress().isLoopbackAddress();
    return local || shared.allowRemoteControl()
        ? shared.control().handle(request)
        : shared
            .protocol()
            .refuse(
                403,
                "AccessDeniedException",
                "The control endpoint is not reachable from this address.");
  }

  private void reply(ChannelHandlerContext ctx, WireResponse response, boolean keepAlive) {
    byte[] out = response.body();
    FullHttpResponse r =
        new DefaultFullHttpResponse(
            HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(response.status()),
            Unpooled.wrappedBuffer(out));
    HttpHeaders h = r.headers();
    for (Map.Entry<String, String> e : response.headers().entrySet()) {
      h.set(e.getKey(), e.getValue());
    }
    h.setInt(HttpHeaderNames.CONTENT_LENGTH, out.length);
    h.set(HttpHeaderNames.DATE, HttpDate.now());
    if (keepAlive) {
      ctx.writeAndFlush(r);
    } else {
      h.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
      ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
    }
  }

  private static WireRequest wire(ChannelHandlerContext ctx, HttpRequest request, byte[] body) {
    HttpHeaders headers = request.headers();
    return new WireRequest(
        request.method().name(), rawPath(request.uri()), name -> header(headers, name), body);
  }

  /** Netty's headers ignore the case of names already; several values of a name are joined. */
  private static @Nullable String header(HttpHeaders headers, String name) {
    List<String> values = headers.getAll(name);
    return values.isEmpty() ? null : values.size() == 1 ? values.get(0) : String.join(",", values);
  }

  /**
   * The path of a request target, without its query: {@code /a/b?x=1} or {@code http://h/a/b?x=1}.
   */
  static String rawPath(String target) {
    if (target.startsWith("/")) {
      int end = target.length();
      for (int i = 0; i < target.length(); i++) {
        char c = target.charAt(i);
        if (c == '?' || c == '#') {
          end = i;
          break;
        }
      }
      return target.substring(0, end);
    }
    try {
      String path = URI.create(target).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException e) {
      return target;
    }
  }

  private WireResponse unreadable() {
    return shared
        .protocol()
        .refuse(400, "SerializationException", "The request could not be read as HTTP/1.1.");
  }

  private void releaseBody() {
    if (body != null) {
      body.release();
      body = null;
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    releaseBody();
    waiting.clear();
    super.channelInactive(ctx);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // a reset by the peer or a broken request: nothing can be answered on this connection
    ctx.close();
  }
}

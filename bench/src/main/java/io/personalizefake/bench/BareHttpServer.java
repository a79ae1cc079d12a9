package io.personalizefake.bench;

import com.sun.net.httpserver.HttpServer;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * The baselines of the HTTP load script: servers that answer {@code {}} to every request without
 * doing anything. {@code --netty} (the default) is built like the fake's server: Netty's HTTP
 * codec, one event loop per core, TCP_NODELAY, keep-alive. {@code --jdk} is the JDK's HTTP server
 * the fake used before, with the same socket option and a thread pool ({@code --on-dispatcher}:
 * none).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.personalizefake.bench.BareHttpServer PORT
 * [--netty | --jdk [--on-dispatcher]]}
 */
public final class BareHttpServer {

  private static final byte[] REPLY = "{}".getBytes(StandardCharsets.UTF_8);

  private BareHttpServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    String kind = args.length > 1 ? args[1] : "--netty";
    int bound;
    switch (kind) {
      case "--netty" -> bound = netty(port);
      case "--jdk" -> bound = jdk(port, args.length > 2 && args[2].equals("--on-dispatcher"));
      default -> throw new IllegalArgumentException("unknown option " + kind);
    }
    System.out.println(
        "bare " + kind.substring(2) + " server listening on http://127.0.0.1:" + bound);
    // the servers' threads are daemons: wait here until the process is stopped
    new CountDownLatch(1).await();
  }

  /**
   * A bare Netty server on {@code port} (0: a free one); returns the port. Its threads are daemons.
   */
  static int netty(int port) throws InterruptedException {
    NioEventLoopGroup acceptor =
        new NioEventLoopGroup(1, new DefaultThreadFactory("bare-accept", true));
    NioEventLoopGroup loops =
        new NioEventLoopGroup(
            Runtime.getRuntime().availableProcessors(),
            new DefaultThreadFactory("bare-http", true));
    Channel channel =
        new ServerBootstrap()
            .group(acceptor, loops)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 256)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.SO_KEEPALIVE, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new HttpServerCodec()).addLast(new Reply());
                  }
                })
            .bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
            .sync()
            .channel();
    return ((InetSocketAddress) channel.localAddress()).getPort();
  }

  /** Answers {@code {}} once a request's last content has come. */
  private static final class Reply extends ChannelInboundHandlerAdapter {
    private static final ByteBuf BODY = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(REPLY));
    private boolean keepAlive = true;

    Reply() {}

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      try {
        if (msg instanceof HttpRequest request) {
          keepAlive = HttpUtil.isKeepAlive(request);
        }
        if (msg instanceof LastHttpContent) {
          FullHttpResponse r =
              new DefaultFullHttpResponse(
                  HttpVersion.HTTP_1_1, HttpResponseStatus.OK, BODY.duplicate());
          r.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/x-amz-json-1.1");
          r.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, REPLY.length);
          if (keepAlive) {
            ctx.writeAndFlush(r);
          } else {
            r.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(r).addListener(ChannelFutureListener.CLOSE);
          }
        }
      } finally {
        ReferenceCountUtil.release(msg);
      }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      // a client that resets its connection, as wrk does when it stops
      ctx.close();
    }
  }

  /** A bare JDK HTTP server on {@code port} (0: a free one); returns the port. */
  static int jdk(int port, boolean onDispatcher) throws Exception {
    // without it each keep-alive response waits for the client's delayed ACK
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 256);
    if (!onDispatcher) {
      server.setExecutor(
          Executors.newFixedThreadPool(
              Math.max(8, Runtime.getRuntime().availableProcessors() * 4)));
    }
    server.createContext(
        "/",
        ex -> {
          try (ex) {
            ex.getRequestBody().readAllBytes();
            ex.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
            ex.sendResponseHeaders(200, REPLY.length);
            try (OutputStream os = ex.getResponseBody()) {
              os.write(REPLY);
            }
          }
        });
    server.start();
    return server.getAddress().getPort();
  }
}

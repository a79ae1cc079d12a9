package io.personalizefake.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.personalizefake.PersonalizeFake;
import io.personalizefake.wire.AdminRoutes;
import io.personalizefake.wire.AwsJsonHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link PersonalizeFake} over HTTP/1.1 with keep-alive: the AWS JSON 1.1 protocol at
 * {@code POST /} and the fake's control endpoint under {@code /_fake/}. Bound to 127.0.0.1 unless
 * told otherwise; the control endpoint answers only clients on a loopback address unless {@link
 * Builder#allowRemoteControl} says so.
 *
 * <pre>{@code
 * try (PersonalizeFakeServer server = PersonalizeFakeServer.start(fake, 0)) {
 *   URI endpoint = server.endpoint(); // http://127.0.0.1:<free port>
 * }
 * }</pre>
 *
 * <p>Built on Netty's HTTP codec with one event loop per core. A call on the in-memory store runs
 * on the event loop that read it, since it never waits for anything; a call on any other store
 * (MapDB waits for the disk when it commits) and every control request run on a pool of worker
 * threads, so that a slow commit holds up only its own connection.
 */
public final class PersonalizeFakeServer implements AutoCloseable {

  private final EventLoopGroup acceptor;
  private final EventLoopGroup loops;
  private final ExecutorService workers;
  private final ServerBootstrap bootstrap;
  private final Channel listening;
  private final URI endpoint;
  private final int port;

  private PersonalizeFakeServer(Builder b) throws IOException, InterruptedException {
    InetAddress address = InetAddress.getByName(b.host);
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            b.threads,
            r -> {
              Thread t = new Thread(r, "personalize-fake-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.acceptor =
        new NioEventLoopGroup(1, new DefaultThreadFactory("personalize-fake-accept", true));
    this.loops =
        new NioEventLoopGroup(
            b.eventLoops, new DefaultThreadFactory("personalize-fake-http", true));
    // a store that never blocks is served on the event loop; others (MapDB fsyncs on commit) on
    // workers
    boolean inline = !b.fake.storage().writesMayBlock();
    Exchange.Shared shared =
        new Exchange.Shared(
            new AwsJsonHandler(b.fake),
            new AdminRoutes(b.fake),
            b.allowRemoteControl,
            inline,
            workers);
    this.bootstrap =
        new ServerBootstrap()
            .group(acceptor, loops)
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 256)
            .option(ChannelOption.SO_REUSEADDR, true)
            // without TCP_NODELAY a response written after the client's request meets its
            // delayed ACK, and a keep-alive request can wait about 40 ms
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.SO_KEEPALIVE, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    ch.pipeline().addLast(new HttpServerCodec()).addLast(new Exchange(shared));
                  }
                });
    Channel channel;
    try {
      channel = bootstrap.bind(new InetSocketAddress(address, b.port)).sync().channel();
    } catch (Exception e) {
      // Netty rethrows the socket's IOException (port in use, address not local) unchecked
      shutDown();
      if (e instanceof IOException io) {
        throw io;
      }
      throw e;
    }
    this.listening = channel;
    this.port = ((InetSocketAddress) channel.localAddress()).getPort();
    String host =
        address.getHostAddress().contains(":")
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    this.endpoint = URI.create("http://" + host + ":" + port);
  }

  /** Starts a server for {@code fake} on 127.0.0.1; port 0 picks a free port. */
  public static PersonalizeFakeServer start(PersonalizeFake fake, int port) {
    return builder(fake).port(port).start();
  }

  public static Builder builder(PersonalizeFake fake) {
    return new Builder(fake);
  }

  /** Where clients send requests, e.g. {@code http://127.0.0.1:4566}. */
  public URI endpoint() {
    return endpoint;
  }

  public int port() {
    return port;
  }

  /** Whether accepted connections have Nagle's algorithm turned off (they do). */
  boolean tcpNoDelay() {
    return Boolean.TRUE.equals(bootstrap.config().childOptions().get(ChannelOption.TCP_NODELAY));
  }

  /** Stops accepting requests, lets those in flight finish briefly, and stops the threads. */
  @Override
  public void close() {
    listening.close().awaitUninterruptibly();
    shutDown();
  }

  private void shutDown() {
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // a short quiet period: the replies of calls that just ended still get written
    acceptor.shutdownGracefully(0, 5, TimeUnit.SECONDS);
    loops.shutdownGracefully(20, 5_000, TimeUnit.MILLISECONDS).awaitUninterruptibly();
    acceptor.terminationFuture().awaitUninterruptibly();
  }

  /** Configures a server. */
  public static final class Builder {
    private final PersonalizeFake fake;
    private String host = "127.0.0.1";
    private int port = 0;
    private int threads = Math.max(8, Runtime.getRuntime().availableProcessors() * 4);
    private int eventLoops = Runtime.getRuntime().availableProcessors();
    private boolean allowRemoteControl;

    private Builder(PersonalizeFake fake) {
      this.fake = Objects.requireNonNull(fake, "fake");
    }

    /** The address to listen on; default 127.0.0.1. */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * How many calls that may block (on a store in files, and control requests) are served at once;
     * default four per core, at least 8. Calls on the in-memory store do not use these threads.
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1");
      }
      this.threads = threads;
      return this;
    }

    /** Lets clients on other hosts use the control endpoint when the server is not on loopback. */
    public Builder allowRemoteControl(boolean allow) {
      this.allowRemoteControl = allow;
      return this;
    }

    public PersonalizeFakeServer start() {
      try {
        return new PersonalizeFakeServer(this);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(
            "interrupted while starting to listen on " + host + ":" + port, e);
      }
    }
  }
}

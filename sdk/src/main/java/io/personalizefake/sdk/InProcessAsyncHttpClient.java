package io.personalizefake.sdk;

import io.personalizefake.wire.AwsJsonHandler;
import io.personalizefake.wire.WireResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * The asynchronous twin of {@link InProcessHttpClient}: collects the SDK's request body, hands the
 * request to the protocol handler, and streams the reply back to the SDK as one buffer.
 */
public final class InProcessAsyncHttpClient implements SdkAsyncHttpClient {

  private final AwsJsonHandler handler;

  public InProcessAsyncHttpClient(AwsJsonHandler handler) {
    this.handler = handler;
  }

  @Override
  public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    request
        .requestContentPublisher()
        .subscribe(
            new Subscriber<ByteBuffer>() {
              private final ByteArrayOutputStream body = new ByteArrayOutputStream();

              @Override
              public void onSubscribe(Subscription s) {
                s.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(ByteBuffer buffer) {
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                body.writeBytes(bytes);
              }

              @Override
              public void onError(Throwable t) {
                request.responseHandler().onError(t);
                done.completeExceptionally(t);
              }

              @Override
              public void onComplete() {
                try {
                  WireResponse response =
                      handler.handle(
                          InProcessHttpClient.toWire(request.request(), body.toByteArray()));
                  request.responseHandler().onHeaders(InProcessHttpClient.toSdk(response));
                  request
                      .responseHandler()
                      .onStream(new OneBuffer(ByteBuffer.wrap(response.body())));
                  done.complete(null);
                } catch (RuntimeException e) {
                  request.responseHandler().onError(e);
                  done.completeExceptionally(e);
                }
              }
            });
    return done;
  }

  @Override
  public String clientName() {
    return "personalize-fake-in-process-async";
  }

  @Override
  public void close() {
    // nothing to release
  }

  /** A publisher of a single buffer, following the Reactive Streams rules. */
  private static final class OneBuffer implements Publisher<ByteBuffer> {
    private final ByteBuffer buffer;

    OneBuffer(ByteBuffer buffer) {
      this.buffer = buffer;
    }

    @Override
    public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
      AtomicBoolean finished = new AtomicBoolean();
      subscriber.onSubscribe(
          new Subscription() {
            @Override
            public void request(long n) {
              if (n <= 0) {
                if (finished.compareAndSet(false, true)) {
                  subscriber.onError(
                      new IllegalArgumentException("request must be positive (rule 3.9)"));
                }
                return;
              }
              if (finished.compareAndSet(false, true)) {
                if (buffer.hasRemaining()) {
                  subscriber.onNext(buffer.asReadOnlyBuffer());
                }
                subscriber.onComplete();
              }
            }

            @Override
            public void cancel() {
              finished.set(true);
            }
          });
    }
  }
}

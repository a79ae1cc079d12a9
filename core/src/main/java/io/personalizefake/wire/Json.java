package io.personalizefake.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The one ObjectMapper of the model types, configured as the service's JSON 1.1 protocol needs:
 * members under their wire names, absent members omitted (never {@code null}), unknown members
 * ignored, and timestamps as epoch seconds with up to three fractional digits ({@code
 * 1543864685.016}).
 */
public final class Json {

  private static final ObjectMapper MAPPER = create();

  private Json() {}

  /** The shared, thread-safe mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    SimpleModule time = new SimpleModule("epoch-seconds");
    time.addSerializer(Instant.class, new EpochSecondsSerializer());
    time.addDeserializer(Instant.class, new EpochSecondsDeserializer());
    return JsonMapper.builder()
        .addModule(time)
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS)
        .build();
  }

  /** {@code 1543864685.016}: epoch seconds, millisecond fraction only when there is one. */
  static final class EpochSecondsSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
      long millis = value.toEpochMilli();
      if (millis % 1000 == 0) {
        gen.writeNumber(millis / 1000);
      } else {
        gen.writeNumber(BigDecimal.valueOf(millis, 3).stripTrailingZeros());
      }
    }
  }

  /** Accepts epoch seconds as a JSON number, with or without a fraction. */
  static final class EpochSecondsDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT) {
        return Instant.ofEpochSecond(p.getLongValue());
      }
      if (t == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal seconds = p.getDecimalValue();
        BigDecimal millis = seconds.movePointRight(3);
        return Instant.ofEpochMilli(millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
      }
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
  }
}

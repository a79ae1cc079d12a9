package io.personalizefake.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
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
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
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

  private static final ObjectMapper MAPPER = builder().build();

  private Json() {}

  /** The shared, thread-safe mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A mapper like {@link #mapper()} that converts no JSON value into a member of another type: no
   * {@code "5"} or {@code true} for a number, no {@code 5} for a string, no {@code 1.5} for a whole
   * number, no {@code 1} or {@code "true"} for a boolean, no {@code ""} or {@code []} for an absent
   * structure. A body it binds has every member of the JSON type its shape needs.
   */
  public static ObjectMapper strictMapper() {
    CoercionInputShape[] notText = {
      CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean
    };
    CoercionInputShape[] notWhole = {
      CoercionInputShape.String, CoercionInputShape.Float, CoercionInputShape.Boolean
    };
    CoercionInputShape[] notNumber = {CoercionInputShape.String, CoercionInputShape.Boolean};
    CoercionInputShape[] notBoolean = {
      CoercionInputShape.String, CoercionInputShape.Integer, CoercionInputShape.Float
    };
    return builder()
        // only the model's declared creators: a structure with one string member is not made from a
        // string
        .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.NONE)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .withCoercionConfigDefaults(
            c -> fail(c, CoercionInputShape.EmptyString, CoercionInputShape.EmptyArray))
        .withCoercionConfig(LogicalType.Textual, c -> fail(c, notText))
        .withCoercionConfig(LogicalType.Integer, c -> fail(c, notWhole))
        .withCoercionConfig(LogicalType.Float, c -> fail(c, notNumber))
        .withCoercionConfig(LogicalType.Boolean, c -> fail(c, notBoolean))
        .build();
  }

  private static void fail(MutableCoercionConfig config, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      config.setCoercion(shape, CoercionAction.Fail);
    }
  }

  private static JsonMapper.Builder builder() {
    SimpleModule time = new SimpleModule("epoch-seconds");
    time.addSerializer(Instant.class, new EpochSecondsSerializer());
    time.addDeserializer(Instant.class, new EpochSecondsDeserializer());
    return JsonMapper.builder()
        .addModule(time)
        // generated accessors instead of reflection for the model's members
        .addModule(new BlackbirdModule())
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS);
  }

  /** {@code 1543864685.016}: epoch seconds, millisecond fraction only when there is one. */
  static final class EpochSecondsSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      long millis = value.toEpochMilli();
      if (millis % 1000 == 0) {
        gen.writeNumber(millis / 1000);
      } else if (millis < 0) {
        gen.writeNumber(BigDecimal.valueOf(millis, 3).stripTrailingZeros());
      } else {
        char[] digits = new char[DIGITS];
        int start = withFraction(millis, digits);
        gen.writeNumber(digits, start, DIGITS - start);
      }
    }
  }

  /** Room for the digits of any {@code long} count of milliseconds, a point included. */
  private static final int DIGITS = 21;

  /**
   * Writes the digits of a positive count of milliseconds that is not whole seconds to the end of
   * {@code out} (of length {@link #DIGITS}), right to left, and returns where they start: {@code
   * 1543864685016} as {@code 1543864685.016}, {@code 1543864685010} as {@code 1543864685.01}.
   */
  private static int withFraction(long millis, char[] out) {
    int fraction = (int) (millis % 1000);
    int fractionDigits = 3;
    while (fraction % 10 == 0) {
      fraction /= 10;
      fractionDigits--;
    }
    int at = DIGITS;
    for (int i = 0; i < fractionDigits; i++, fraction /= 10) {
      out[--at] = (char) ('0' + fraction % 10);
    }
    out[--at] = '.';
    long seconds = millis / 1000;
    do {
      out[--at] = (char) ('0' + seconds % 10);
      seconds /= 10;
    } while (seconds > 0);
    return at;
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
        return Instant.ofEpochMilli(
            millis.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
      }
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }
  }
}

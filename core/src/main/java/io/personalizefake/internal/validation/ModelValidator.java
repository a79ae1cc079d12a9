package io.personalizefake.internal.validation;

import io.personalizefake.error.InvalidInputException;
import io.personalizefake.internal.validation.ServiceModel.Shape;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request against the constraints that the service model declares for its shape: required
 * members, string lengths (in code points), patterns (matched against the whole value), enums,
 * numeric ranges, and list and map sizes, down through nested structures, list elements, map keys
 * and values. All violations are reported together in one {@link InvalidInputException}, worded as
 * AWS words them.
 *
 * <p>Members are read through the model types' accessors, found once per class by the member's
 * name, so adding a member to the model needs no code here.
 */
public final class ModelValidator {

  private static final ModelValidator INSTANCE = new ModelValidator(ServiceModel.get());

  private static final int MATCH_CACHE_SIZE = 4096;

  private final ServiceModel model;
  private final Map<String, Set<String>> matched = new ConcurrentHashMap<>();
  private final ClassValue<Map<String, MethodHandle>> accessors =
      new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
          return findAccessors(type);
        }
      };

  private ModelValidator(ServiceModel model) {
    this.model = model;
  }

  public static ModelValidator get() {
    return INSTANCE;
  }

  /**
   * Checks {@code request}, the input of {@code operation}.
   *
   * @throws InvalidInputException listing every violation
   */
  public void check(String operation, Object request) {
    ServiceModel.Operation op = model.operation(operation);
    if (op == null) {
      throw new IllegalArgumentException("no operation " + operation);
    }
    List<String> violations = new ArrayList<>(0);
    checkStructure(model.shape(op.input()), request, "", violations);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(message(violations));
    }
  }

  static String message(List<String> violations) {
    StringBuilder sb = new StringBuilder();
    sb.append(violations.size())
        .append(
            violations.size() == 1
                ? " validation error detected: "
                : " validation errors detected: ");
    for (int i = 0; i < violations.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(violations.get(i));
    }
    return sb.toString();
  }

  private void checkStructure(Shape shape, Object value, String path, List<String> out) {
    Map<String, MethodHandle> handles = accessors.get(value.getClass());
    for (Map.Entry<String, String> member : shape.members().entrySet()) {
      String name = member.getKey();
      String memberPath = path.isEmpty() ? name : path + "." + name;
      Object v = read(handles, name, value);
      if (v == null) {
        if (shape.required().contains(name)) {
          out.add(
              "Value null at '"
                  + memberPath
                  + "' failed to satisfy constraint: Member must not be null");
        }
        continue;
      }
      checkValue(model.shape(member.getValue()), v, memberPath, out);
    }
  }

  private void checkValue(Shape shape, Object v, String path, List<String> out) {
    switch (shape.type()) {
      case "structure" -> checkStructure(shape, v, path, out);
      case "string" -> checkString(shape, (String) v, path, out);
      case "integer", "long", "double", "float" ->
          checkNumber(shape, ((Number) v).doubleValue(), v, path, out);
      case "list" -> {
        List<?> list = (List<?>) v;
        checkSize(shape, list.size(), list, path, out);
        Shape element = model.shape(shape.member());
        for (int i = 0; i < list.size(); i++) {
          Object e = list.get(i);
          if (e != null) {
            checkValue(element, e, path + "." + (i + 1) + ".member", out);
          }
        }
      }
      case "map" -> {
        Map<?, ?> map = (Map<?, ?>) v;
        checkSize(shape, map.size(), map, path, out);
        Shape key = model.shape(shape.key());
        Shape value = model.shape(shape.value());
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (e.getKey() != null) {
            checkValue(key, e.getKey(), path + ".key", out);
          }
          if (e.getValue() != null) {
            checkValue(value, e.getValue(), path + ".value", out);
          }
        }
      }
      default -> {
        // booleans and timestamps carry no constraints
      }
    }
  }

  private void checkString(Shape shape, String s, String path, List<String> out) {
    String shown = shape.sensitive() ? "***" : s;
    Long min = shape.min();
    Long max = shape.max();
    if (min != null || max != null) {
      int length = s.codePointCount(0, s.length());
      if (min != null && length < min) {
        out.add(prefix(shown, path) + "Member must have length greater than or equal to " + min);
      }
      if (max != null && length > max) {
        out.add(prefix(shown, path) + "Member must have length less than or equal to " + max);
      }
    }
    if (shape.pattern() != null && !matches(shape, s)) {
      out.add(
          prefix(shown, path)
              + "Member must satisfy regular expression pattern: "
              + shape.patternText());
    }
    if (shape.enumValues() != null && !shape.enumValues().contains(s)) {
      out.add(prefix(shown, path) + "Member must satisfy enum value set: " + shape.enumValues());
    }
  }

  /**
   * Whether {@code s} matches the shape's pattern. The same ARNs are checked again and again, so
   * values that matched are remembered (a bounded set per pattern, emptied when full).
   */
  private boolean matches(Shape shape, String s) {
    Set<String> known =
        matched.computeIfAbsent(shape.patternText(), p -> ConcurrentHashMap.newKeySet());
    if (known.contains(s)) {
      return true;
    }
    if (!shape.pattern().matcher(s).matches()) {
      return false;
    }
    if (known.size() >= MATCH_CACHE_SIZE) {
      known.clear();
    }
    known.add(s);
    return true;
  }

  private static void checkNumber(Shape shape, double d, Object v, String path, List<String> out) {
    if (shape.min() != null && d < shape.min()) {
      out.add(
          prefix(String.valueOf(v), path)
              + "Member must have value greater than or equal to "
              + shape.min());
    }
    if (shape.max() != null && d > shape.max()) {
      out.add(
          prefix(String.valueOf(v), path)
              + "Member must have value less than or equal to "
              + shape.max());
    }
  }

  private static void checkSize(Shape shape, int size, Object v, String path, List<String> out) {
    if (shape.min() != null && size < shape.min()) {
      out.add(
          prefix(String.valueOf(v), path)
              + "Member must have length greater than or equal to "
              + shape.min());
    }
    if (shape.max() != null && size > shape.max()) {
      out.add(
          prefix(String.valueOf(v), path)
              + "Member must have length less than or equal to "
              + shape.max());
    }
  }

  private static String prefix(String shown, String path) {
    return "Value '" + shown + "' at '" + path + "' failed to satisfy constraint: ";
  }

  private static @Nullable Object read(
      Map<String, MethodHandle> handles, String member, Object target) {
    MethodHandle h = handles.get(member);
    if (h == null) {
      throw new IllegalStateException("no accessor for " + member + " on " + target.getClass());
    }
    try {
      return (Object) h.invokeExact(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
  }

  private Map<String, MethodHandle> findAccessors(Class<?> type) {
    Class<?> declared = type;
    // the model type is the abstract class whose simple name is the shape name
    while (declared != null && !model.shapes().containsKey(declared.getSimpleName())) {
      declared = declared.getSuperclass();
    }
    if (declared == null) {
      throw new IllegalArgumentException(type + " is not a model type");
    }
    Map<String, MethodHandle> map = new LinkedHashMap<>();
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (String member : model.shape(declared.getSimpleName()).members().keySet()) {
      String accessor = Character.toLowerCase(member.charAt(0)) + member.substring(1);
      try {
        Class<?> returnType = declared.getMethod(accessor).getReturnType();
        MethodHandle h = lookup.findVirtual(declared, accessor, MethodType.methodType(returnType));
        map.put(member, h.asType(MethodType.methodType(Object.class, Object.class)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("no accessor " + accessor + " on " + declared, e);
      }
    }
    return map;
  }
}

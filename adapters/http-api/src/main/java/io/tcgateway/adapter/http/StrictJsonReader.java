package io.tcgateway.adapter.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.type.Argument;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON body into an introspected request record, strictly: the JSON must be one value
 * without trailing data and without duplicate keys, every field must have exactly the JSON type of
 * its component ({@code String} ← string, {@code Long}/{@code Integer} ← integer in range, {@code
 * Boolean} ← boolean, {@code List} ← array, {@code Map<String, ?>} ← object, a record ← object),
 * with no coercion between them. JSON {@code null} reads as absent; unknown fields are ignored;
 * field names come from {@link JsonProperty} when present. Failures name the field as a path
 * ({@code messages[0].amount}).
 *
 * <p>The framework's own binder is not used for bodies because it coerces ({@code 5} → {@code "5"},
 * {@code [1]} → {@code "1"}, {@code 1.5} → {@code 1}) and does not say which field failed.
 */
final class StrictJsonReader {
  private static final int MAX_DEPTH = 32;
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private StrictJsonReader() {}

  /**
   * Reads {@code json} as a {@code type}.
   *
   * @throws ApiProblemException {@code MALFORMED_JSON} or {@code INVALID_FIELD}
   */
  static <T> T read(byte[] json, Argument<T> type) {
    Object root = parse(json);
    if (root == null) {
      throw ApiProblemException.wrongType("$", "an object", "null");
    }
    return bind(root, type, "");
  }

  /**
   * The JSON text as maps, lists, strings, numbers ({@link BigInteger} or {@link BigDecimal}),
   * booleans; null for null.
   */
  static Object parse(byte[] json) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw ApiProblemException.malformedJson("the request body is empty: expected JSON");
      }
      Object value = value(parser, first);
      if (parser.nextToken() != null) {
        throw ApiProblemException.malformedJson(
            "unexpected data after the JSON value at line "
                + parser.currentLocation().getLineNr()
                + ", column "
                + parser.currentLocation().getColumnNr());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw ApiProblemException.malformedJson(describe(e));
    } catch (IOException e) {
      throw ApiProblemException.malformedJson("the body cannot be read: " + e.getMessage());
    }
  }

  private static Object value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> {
        Map<String, Object> object = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          object.put(name, value(parser, parser.nextToken()));
        }
        yield Collections.unmodifiableMap(object);
      }
      case START_ARRAY -> {
        List<Object> array = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser, t));
        }
        yield Collections.unmodifiableList(array);
      }
      case VALUE_STRING -> parser.getText();
      case VALUE_NUMBER_INT -> parser.getBigIntegerValue();
      case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
      case VALUE_TRUE -> Boolean.TRUE;
      case VALUE_FALSE -> Boolean.FALSE;
      case VALUE_NULL -> null;
      default -> throw ApiProblemException.malformedJson("unexpected JSON token " + token);
    };
  }

  private static String describe(JsonProcessingException e) {
    String message = e.getOriginalMessage();
    if (e.getLocation() != null) {
      return message
          + " (line "
          + e.getLocation().getLineNr()
          + ", column "
          + e.getLocation().getColumnNr()
          + ")";
    }
    return message;
  }

  @SuppressWarnings("unchecked")
  private static <T> T bind(Object node, Argument<T> type, String path) {
    if (node == null) {
      return null;
    }
    Class<T> raw = type.getType();
    if (raw == String.class) {
      return (T) expect(node, String.class, "a string", path);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return (T) expect(node, Boolean.class, "a boolean", path);
    }
    if (raw == Long.class || raw == long.class) {
      return (T) Long.valueOf(integer(node, path, Long.MIN_VALUE, Long.MAX_VALUE));
    }
    if (raw == Integer.class || raw == int.class) {
      return (T) Integer.valueOf((int) integer(node, path, Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    if (List.class.isAssignableFrom(raw)) {
      List<?> array = expect(node, List.class, "an array", path);
      Argument<?> element = type.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT);
      List<Object> values = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        values.add(bind(array.get(i), element, path + "[" + i + "]"));
      }
      return (T) Collections.unmodifiableList(values);
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<String, ?> object = expect(node, Map.class, "an object", path);
      Argument<?>[] parameters = type.getTypeParameters();
      Argument<?> valueType = parameters.length == 2 ? parameters[1] : Argument.OBJECT_ARGUMENT;
      Map<String, Object> values = new LinkedHashMap<>();
      for (Map.Entry<String, ?> entry : object.entrySet()) {
        values.put(entry.getKey(), bind(entry.getValue(), valueType, child(path, entry.getKey())));
      }
      return (T) Collections.unmodifiableMap(values);
    }
    BeanIntrospection<T> introspection =
        BeanIntrospection.getIntrospection(raw); // fails for a type that is not a request record
    Map<String, ?> object = expect(node, Map.class, "an object", path);
    Argument<?>[] components = introspection.getConstructorArguments();
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Argument<?> component = components[i];
      String name =
          component
              .getAnnotationMetadata()
              .stringValue(JsonProperty.class)
              .orElse(component.getName());
      values[i] = bind(object.get(name), component, child(path, name));
    }
    return introspection.instantiate(values);
  }

  private static <V> V expect(Object node, Class<V> type, String expected, String path) {
    if (!type.isInstance(node)) {
      throw ApiProblemException.wrongType(field(path), expected, jsonType(node));
    }
    return type.cast(node);
  }

  private static long integer(Object node, String path, long min, long max) {
    if (!(node instanceof BigInteger value)) {
      throw ApiProblemException.wrongType(
          field(path),
          "an integer",
          node instanceof BigDecimal ? "a number with a fraction or exponent" : jsonType(node));
    }
    if (value.compareTo(BigInteger.valueOf(min)) < 0
        || value.compareTo(BigInteger.valueOf(max)) > 0) {
      throw ApiProblemException.invalidField(field(path), "integer is out of range");
    }
    return value.longValueExact();
  }

  private static String jsonType(Object node) {
    return switch (node) {
      case String s -> "a string";
      case Boolean b -> "a boolean";
      case BigInteger i -> "a number";
      case BigDecimal d -> "a number";
      case List<?> l -> "an array";
      case Map<?, ?> m -> "an object";
      default -> "null";
    };
  }

  private static String child(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  private static String field(String path) {
    return path.isEmpty() ? "$" : path;
  }
}

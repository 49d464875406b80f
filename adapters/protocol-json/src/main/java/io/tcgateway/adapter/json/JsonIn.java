package io.tcgateway.adapter.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tcgateway.domain.protocol.ProtocolFormatException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A JSON value together with its path in the message, so every failure names the field ({@code
 * params[0].messages[1].amount}). Parsing follows {@code JSON.parse}: standard JSON only, nothing
 * after the value, the last of duplicate keys wins. Jackson exceptions never leave this class.
 */
final class JsonIn {
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

  private final JsonNode node;
  private final String path;

  private JsonIn(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * Parses {@code json}; failures are reported at {@code path} ({@code ""} for the whole text).
   *
   * @throws ProtocolFormatException.MalformedJson if the text is not one JSON value
   */
  static JsonIn parse(String json, String path) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new ProtocolFormatException.MalformedJson(path, e.getOriginalMessage(), e);
    }
    if (node == null || node.isMissingNode()) {
      throw new ProtocolFormatException.MalformedJson(path, "no JSON value", null);
    }
    return new JsonIn(node, path);
  }

  /** Path of this value ({@code ""} for the root). */
  String path() {
    return path;
  }

  /** Path of a child field. */
  String childPath(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** This value, which must be an object. */
  JsonIn object() {
    if (!node.isObject()) {
      throw wrongType("object");
    }
    return this;
  }

  /** Whether this object has {@code name} with a non-null value. */
  boolean has(String name) {
    JsonNode child = object().node.get(name);
    return child != null && !child.isNull();
  }

  /** The field {@code name} of this object, absent if missing or {@code null}. */
  Optional<JsonIn> optional(String name) {
    JsonNode child = object().node.get(name);
    if (child == null || child.isNull()) {
      return Optional.empty();
    }
    return Optional.of(new JsonIn(child, childPath(name)));
  }

  /** The field {@code name} of this object. */
  JsonIn required(String name) {
    return optional(name)
        .orElseThrow(() -> new ProtocolFormatException.MissingField(childPath(name)));
  }

  /** The required string field {@code name}. */
  String string(String name) {
    return required(name).string();
  }

  /** The optional string field {@code name}. */
  Optional<String> optionalString(String name) {
    return optional(name).map(JsonIn::string);
  }

  /** This value, which must be a string. */
  String string() {
    if (!node.isTextual()) {
      throw wrongType("string");
    }
    return node.textValue();
  }

  /** This value, which must be a boolean. */
  boolean bool() {
    if (!node.isBoolean()) {
      throw wrongType("boolean");
    }
    return node.booleanValue();
  }

  /**
   * This value as an integer: a JSON number without fraction, or (lenient, as real wallets send it)
   * a string of decimal digits; both must fit in a {@code long}.
   */
  long integer() {
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      try {
        return value.stripTrailingZeros().longValueExact();
      } catch (ArithmeticException e) {
        throw new ProtocolFormatException.InvalidField(
            path, "not an integer that fits in a long: " + value);
      }
    }
    if (node.isTextual()) {
      String text = node.textValue();
      if (INTEGER.matcher(text).matches()) {
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          throw new ProtocolFormatException.InvalidField(path, "integer does not fit in a long", e);
        }
      }
      throw new ProtocolFormatException.InvalidField(path, "not a decimal integer: '" + text + "'");
    }
    throw wrongType("number");
  }

  /** {@link #integer()} that must fit in an {@code int}. */
  int int32() {
    long value = integer();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new ProtocolFormatException.InvalidField(
          path, "integer does not fit in an int: " + value);
    }
    return (int) value;
  }

  /** This value, which must be an array, element by element. */
  List<JsonIn> array() {
    if (!node.isArray()) {
      throw wrongType("array");
    }
    List<JsonIn> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new JsonIn(node.get(i), path + "[" + i + "]"));
    }
    return elements;
  }

  /** This object's fields in document order. */
  List<Map.Entry<String, JsonIn>> fields() {
    List<Map.Entry<String, JsonIn>> fields = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> it = object().node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> field = it.next();
      fields.add(
          Map.entry(field.getKey(), new JsonIn(field.getValue(), childPath(field.getKey()))));
    }
    return fields;
  }

  /** Whether this value is a JSON string. */
  boolean isString() {
    return node.isTextual();
  }

  /** Whether this value is a JSON object. */
  boolean isObject() {
    return node.isObject();
  }

  /**
   * This value as compact JSON text, written the way {@code JSON.stringify} writes it (strings via
   * {@link JsStrings}, keys in document order, numbers as the JavaScript numbers {@code JSON.parse}
   * would make of them).
   */
  String json() {
    return JsonOut.write(out -> writeTo(out, node));
  }

  private static void writeTo(JsonOut out, JsonNode value) {
    switch (value.getNodeType()) {
      case OBJECT -> {
        out.startObject();
        Iterator<Map.Entry<String, JsonNode>> it = value.fields();
        while (it.hasNext()) {
          Map.Entry<String, JsonNode> field = it.next();
          out.name(field.getKey());
          writeTo(out, field.getValue());
        }
        out.endObject();
      }
      case ARRAY -> {
        out.startArray();
        value.forEach(element -> writeTo(out, element));
        out.endArray();
      }
      case STRING -> out.string(value.textValue());
      case BOOLEAN -> out.bool(value.booleanValue());
      case NUMBER -> out.raw(JsStrings.number(value.decimalValue().doubleValue()));
      default -> out.raw("null");
    }
  }

  /** Parses this string value with {@code parser}, reporting its failures at this path. */
  <T> T parseString(Function<String, T> parser) {
    String text = string();
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw ProtocolFormatException.valueAt(path, e);
    }
  }

  private ProtocolFormatException wrongType(String expected) {
    return new ProtocolFormatException.WrongType(path, expected, typeName());
  }

  private String typeName() {
    return switch (node.getNodeType()) {
      case ARRAY -> "array";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      case NUMBER -> "number";
      case OBJECT, POJO -> "object";
      case STRING -> "string";
      case BINARY, MISSING -> "nothing";
    };
  }
}

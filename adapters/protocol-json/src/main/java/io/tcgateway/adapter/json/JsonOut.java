package io.tcgateway.adapter.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Compact JSON output on a Jackson {@link JsonGenerator} (no pretty printing, no spaces) whose text
 * equals {@code JSON.stringify}'s: string values are quoted by {@link JsStrings}; field names go
 * through the generator, configured with {@link JsCharacterEscapes} so control characters come out
 * as lowercase backslash-u 00xx like in JavaScript.
 */
final class JsonOut {
  private static final JsonFactory FACTORY =
      new JsonFactoryBuilder().characterEscapes(new JsCharacterEscapes()).build();

  private final JsonGenerator generator;

  private JsonOut(JsonGenerator generator) {
    this.generator = generator;
  }

  /** Runs {@code body} against a fresh generator and returns the text it wrote. */
  static String write(Consumer<JsonOut> body) {
    StringWriter sink = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(sink)) {
      body.accept(new JsonOut(generator));
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string failed", e);
    }
    return sink.toString();
  }

  JsonOut startObject() {
    return run(JsonGenerator::writeStartObject);
  }

  JsonOut endObject() {
    return run(JsonGenerator::writeEndObject);
  }

  JsonOut startArray() {
    return run(JsonGenerator::writeStartArray);
  }

  JsonOut endArray() {
    return run(JsonGenerator::writeEndArray);
  }

  JsonOut name(String name) {
    return run(g -> g.writeFieldName(name));
  }

  JsonOut string(String value) {
    return raw(JsStrings.quote(value));
  }

  JsonOut number(long value) {
    return run(g -> g.writeNumber(value));
  }

  JsonOut bool(boolean value) {
    return run(g -> g.writeBoolean(value));
  }

  /** A value that is already JSON text. */
  JsonOut raw(String json) {
    return run(g -> g.writeRawValue(json));
  }

  JsonOut field(String name, String value) {
    return name(name).string(value);
  }

  JsonOut field(String name, long value) {
    return name(name).number(value);
  }

  private JsonOut run(GeneratorCall call) {
    try {
      call.apply(generator);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string failed", e);
    }
    return this;
  }

  @FunctionalInterface
  private interface GeneratorCall {
    void apply(JsonGenerator generator) throws IOException;
  }
}

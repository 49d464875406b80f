package io.tcgateway.adapter.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * Jackson's escaping brought in line with {@code JSON.stringify} for what Jackson writes itself
 * (field names): {@code "} {@code \} and the short escapes b t n f r stay as Jackson has them;
 * every other control character becomes a lowercase backslash-u 00xx (Jackson's default is
 * uppercase). Everything from U+0020 up, U+007F and non-ASCII included, is written as is. Unpaired
 * surrogates need the next character to detect, which {@code CharacterEscapes} never sees; string
 * values therefore go through {@link JsStrings} instead.
 */
final class JsCharacterEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] asciiEscapes;

  JsCharacterEscapes() {
    asciiEscapes = CharacterEscapes.standardAsciiEscapesForJSON();
    for (int c = 0; c < 0x20; c++) {
      if (asciiEscapes[c] == CharacterEscapes.ESCAPE_STANDARD) {
        asciiEscapes[c] = CharacterEscapes.ESCAPE_CUSTOM;
      }
    }
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return asciiEscapes;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return new SerializedString(String.format("\\u%04x", ch));
  }
}

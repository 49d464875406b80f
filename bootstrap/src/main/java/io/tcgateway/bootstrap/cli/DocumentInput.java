package io.tcgateway.bootstrap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Cuts the input into documents: the whole input is one document, or ({@code --jsonl}) each
 * non-blank line is one. Reads bytes, never more than {@code maxBytes} per document into memory
 * (the rest of an oversized line is skipped), and decodes each document as strict UTF-8; a leading
 * byte-order mark is dropped. Lines end at LF; a CR before it is dropped.
 */
final class DocumentInput {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final InputStream in;
  private final boolean perLine;
  private final int maxBytes;
  private long lineNumber;
  private boolean exhausted;

  private DocumentInput(InputStream in, boolean perLine, int maxBytes) {
    this.in = new BufferedInputStream(Objects.requireNonNull(in, "in"));
    this.perLine = perLine;
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  /** The whole of {@code in} as one document. */
  static DocumentInput whole(InputStream in, int maxBytes) {
    return new DocumentInput(in, false, maxBytes);
  }

  /** One document per non-blank line of {@code in}. */
  static DocumentInput lines(InputStream in, int maxBytes) {
    return new DocumentInput(in, true, maxBytes);
  }

  /** The next document, or empty at the end of the input. */
  Optional<InputDocument> next() throws IOException {
    return perLine ? nextLine() : wholeInput();
  }

  private Optional<InputDocument> wholeInput() throws IOException {
    if (exhausted) {
      return Optional.empty();
    }
    exhausted = true;
    byte[] bytes = in.readNBytes(maxBytes + 1);
    if (bytes.length > maxBytes) {
      return Optional.of(tooLong(OptionalLong.empty()));
    }
    return Optional.of(decode(OptionalLong.empty(), bytes, bytes.length));
  }

  private Optional<InputDocument> nextLine() throws IOException {
    while (!exhausted) {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      boolean overflow = false;
      boolean sawAnything = false;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        sawAnything = true;
        if (line.size() < maxBytes) {
          line.write(b);
        } else {
          overflow = true;
        }
      }
      if (b == -1) {
        exhausted = true;
        if (!sawAnything) {
          return Optional.empty();
        }
      }
      lineNumber++;
      OptionalLong number = OptionalLong.of(lineNumber);
      if (overflow) {
        return Optional.of(tooLong(number));
      }
      byte[] bytes = line.toByteArray();
      int length = bytes.length;
      if (length > 0 && bytes[length - 1] == '\r') {
        length--;
      }
      InputDocument document = decode(number, bytes, length);
      if (document instanceof InputDocument.Text text && text.json().isBlank()) {
        continue;
      }
      return Optional.of(document);
    }
    return Optional.empty();
  }

  private InputDocument tooLong(OptionalLong line) {
    return new InputDocument.Unusable(line, "$: document is longer than " + maxBytes + " bytes");
  }

  private static InputDocument decode(OptionalLong line, byte[] bytes, int length) {
    String text;
    try {
      text =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, length))
              .toString();
    } catch (CharacterCodingException e) {
      return new InputDocument.Unusable(line, "$: input is not UTF-8");
    }
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    return new InputDocument.Text(line, text);
  }
}

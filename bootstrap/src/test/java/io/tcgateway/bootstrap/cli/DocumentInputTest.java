package io.tcgateway.bootstrap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Cutting input into documents: raw bytes with LF, CRLF, blank lines, BOM and limits. */
class DocumentInputTest {

  private static List<InputDocument> all(DocumentInput input) throws IOException {
    List<InputDocument> documents = new ArrayList<>();
    for (Optional<InputDocument> d = input.next(); d.isPresent(); d = input.next()) {
      documents.add(d.get());
    }
    return documents;
  }

  private static ByteArrayInputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(UTF_8));
  }

  private static InputDocument text(long line, String json) {
    return new InputDocument.Text(OptionalLong.of(line), json);
  }

  @Test
  void wholeInputIsOneDocumentWithoutLineNumber() throws IOException {
    assertThat(all(DocumentInput.whole(bytes("{\n\"a\": 1\n}\n"), 100)))
        .containsExactly(new InputDocument.Text(OptionalLong.empty(), "{\n\"a\": 1\n}\n"));
  }

  @Test
  void emptyWholeInputIsStillOneDocument() throws IOException {
    assertThat(all(DocumentInput.whole(bytes(""), 100)))
        .containsExactly(new InputDocument.Text(OptionalLong.empty(), ""));
  }

  @Test
  void linesEndAtLfOrCrLfAndBlankLinesAreSkippedButCounted() throws IOException {
    assertThat(all(DocumentInput.lines(bytes("{}\r\n\n  \n{\"b\":2}\n{\"c\":3}"), 100)))
        .containsExactly(text(1, "{}"), text(4, "{\"b\":2}"), text(5, "{\"c\":3}"));
  }

  @Test
  void leadingByteOrderMarkIsDropped() throws IOException {
    assertThat(all(DocumentInput.lines(bytes("\uFEFF{}\n"), 100))).containsExactly(text(1, "{}"));
  }

  @Test
  void oversizedLineIsUnusableAndTheNextLineIsReadNormally() throws IOException {
    String input = "x".repeat(50) + "\n{}\n";

    assertThat(all(DocumentInput.lines(bytes(input), 10)))
        .containsExactly(
            new InputDocument.Unusable(OptionalLong.of(1), "$: document is longer than 10 bytes"),
            text(2, "{}"));
  }

  @Test
  void oversizedWholeInputIsUnusable() throws IOException {
    assertThat(all(DocumentInput.whole(bytes("x".repeat(11)), 10)))
        .containsExactly(
            new InputDocument.Unusable(
                OptionalLong.empty(), "$: document is longer than 10 bytes"));
    assertThat(all(DocumentInput.whole(bytes("x".repeat(10)), 10)))
        .containsExactly(new InputDocument.Text(OptionalLong.empty(), "x".repeat(10)));
  }

  @Test
  void lineThatIsNotUtf8IsUnusable() throws IOException {
    byte[] input = {'{', '}', '\n', (byte) 0xC3, '(', '\n', '[', ']', '\n'};

    assertThat(all(DocumentInput.lines(new ByteArrayInputStream(input), 100)))
        .containsExactly(
            text(1, "{}"),
            new InputDocument.Unusable(OptionalLong.of(2), "$: input is not UTF-8"),
            text(3, "[]"));
  }
}

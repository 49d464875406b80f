package io.tcgateway.domain.ton.cell;

import static io.tcgateway.domain.ton.cell.CellFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.tcgateway.domain.vectors.ProtocolVectors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every case of boc.json (cells, BoCs and comments generated with @ton/core 0.63.1). */
class BocVectorsTest {
  private static final Map<String, Class<? extends BocFormatException>> REJECTION_BY_REASON =
      Map.of(
          "bad-magic", BocFormatException.BadMagic.class,
          "crc32-mismatch", BocFormatException.CrcMismatch.class,
          "truncated-cell-data", BocFormatException.Truncated.class,
          "truncated-header", BocFormatException.Truncated.class,
          "ref-index-out-of-range", BocFormatException.RefIndexOutOfRange.class,
          "ref-to-self", BocFormatException.BackwardRef.class,
          "more-than-4-refs", BocFormatException.TooManyRefs.class,
          "empty", BocFormatException.Empty.class);

  static Stream<Named<JsonNode>> accepted() {
    return ProtocolVectors.named("boc.json", "accept");
  }

  static Stream<Named<JsonNode>> rejected() {
    return ProtocolVectors.named("boc.json", "reject");
  }

  static Stream<Named<JsonNode>> comments() {
    return ProtocolVectors.namedArray("boc.json", "comments");
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void cellBuiltFromTheTreeHasTheVectorHashDepthAndRefCount(JsonNode vector) {
    Cell cell = CellFixtures.fromTree(vector.get("tree"));

    assertThat(cell.hash().toHex()).isEqualTo(vector.get("hash").asText());
    assertThat(cell.depth()).isEqualTo(vector.get("depth").asInt());
    assertThat(cell.refCount()).isEqualTo(vector.get("refCount").asInt());
    assertThat(cell.bitLength()).isEqualTo(vector.get("bitLength").asInt());
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void serializationIsByteExactWithTonCore(JsonNode vector) {
    Cell cell = CellFixtures.fromTree(vector.get("tree"));

    assertThat(hex(BagOfCells.serialize(cell, false))).isEqualTo(vector.get("bocHex").asText());
    assertThat(hex(BagOfCells.serialize(cell, true))).isEqualTo(vector.get("bocCrc32Hex").asText());
    assertThat(hex(BagOfCells.serialize(cell)))
        .as("default is crc, no index")
        .isEqualTo(vector.get("bocCrc32Hex").asText());
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void everyFormDeserializesToTheSameCell(JsonNode vector) {
    Cell expected = CellFixtures.fromTree(vector.get("tree"));
    List<byte[]> forms =
        List.of(
            hex(vector.get("bocHex").asText()),
            hex(vector.get("bocCrc32Hex").asText()),
            BagOfCells.serialize(expected, BocWriteOptions.of(true, false)),
            BagOfCells.serialize(expected, BocWriteOptions.INDEXED_CRC32C));

    for (byte[] form : forms) {
      Cell read = BagOfCells.deserializeSingleRoot(form);
      assertThat(read.hash().toHex()).isEqualTo(vector.get("hash").asText());
      assertThat(read).isEqualTo(expected);
      assertThat(read.depth()).isEqualTo(expected.depth());
      assertThat(read.data()).isEqualTo(expected.data());
    }
  }

  @ParameterizedTest
  @MethodSource("rejected")
  void malformedBocIsRejectedWithTheSpecificReason(JsonNode vector) {
    String reason = vector.get("reason").asText().split(" ")[0];
    Class<? extends BocFormatException> expected = REJECTION_BY_REASON.get(reason);
    assertThat(expected).as("known reason %s", reason).isNotNull();
    byte[] boc = hex(vector.get("bocHex").asText());

    assertThatThrownBy(() -> BagOfCells.deserialize(boc)).isInstanceOf(expected);
  }

  @ParameterizedTest
  @MethodSource("comments")
  void commentPayloadIsByteExactWithTonCore(JsonNode vector) {
    TextComment comment = TextComment.of(vector.get("comment").asText());
    Cell cell = comment.toCell();

    assertThat(cell.hash().toHex()).isEqualTo(vector.get("hash").asText());
    assertThat(cell).isEqualTo(CellFixtures.fromTree(vector.get("tree")));
    assertThat(hex(BagOfCells.serialize(cell, false))).isEqualTo(vector.get("bocHex").asText());
    assertThat(hex(BagOfCells.serialize(cell, true))).isEqualTo(vector.get("bocCrc32Hex").asText());
    assertThat(comment.toBase64()).isEqualTo(vector.get("payloadBase64").asText());
    assertThat(CellFixtures.distinctCells(cell)).isEqualTo(vector.get("cellCount").asInt());
    assertThat(vector.get("comment").asText().getBytes(StandardCharsets.UTF_8))
        .hasSize(vector.get("commentUtf8Length").asInt());
  }

  @ParameterizedTest
  @MethodSource("comments")
  void commentPayloadReadsBackToTheText(JsonNode vector) {
    String text = vector.get("comment").asText();

    assertThat(TextComment.fromBase64(vector.get("payloadBase64").asText()).text()).isEqualTo(text);
    assertThat(
            TextComment.fromCell(
                    BagOfCells.deserializeSingleRoot(hex(vector.get("bocHex").asText())))
                .text())
        .isEqualTo(text);
  }
}

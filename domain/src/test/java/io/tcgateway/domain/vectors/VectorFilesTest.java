package io.tcgateway.domain.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The copied vector files are complete: every file of index.json is here with its case counts. */
class VectorFilesTest {

  @Test
  void everyIndexedFileIsPresentWithItsCaseCounts() {
    JsonNode files = ProtocolVectors.file("index.json").path("files");
    assertThat(files.size()).isEqualTo(6);
    for (Map.Entry<String, JsonNode> entry : files.properties()) {
      JsonNode cases = ProtocolVectors.file(entry.getKey()).path("cases");
      long accept = 0;
      long reject = 0;
      for (JsonNode c : cases) {
        String expected = c.path("expected").asText();
        if (expected.equals("accept")) {
          accept++;
        } else if (expected.equals("reject")) {
          reject++;
        }
      }
      assertThat(cases.size()).as(entry.getKey()).isEqualTo(entry.getValue().path("cases").asInt());
      assertThat(accept).as(entry.getKey()).isEqualTo(entry.getValue().path("accept").asLong());
      assertThat(reject).as(entry.getKey()).isEqualTo(entry.getValue().path("reject").asLong());
    }
  }
}

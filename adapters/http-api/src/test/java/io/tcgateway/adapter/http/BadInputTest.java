package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.ton.Network;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed input is always a 4xx problem naming the field, and never reaches a use case: for every
 * endpoint with a body, malformed JSON, wrong types, missing fields, invalid addresses (bad CRC,
 * raw where user-friendly is required), bad amounts, non-BoC payloads, oversized bodies.
 */
@MicronautTest
class BadInputTest extends ApiTestBase {
  static final String F = Samples.BOUNCEABLE;
  static final String R = Samples.RAW;
  static final String B = Samples.BOC;
  static final String BAD = Samples.BAD_CRC;
  static final String NB = Samples.NOT_BOC;

  static final String TX = "/v1/users/alice/transactions";
  static final String SM = "/v1/users/alice/sign-message";
  static final String SD = "/v1/users/alice/sign-data";
  static final String CONNECT = "/v1/users/alice/connection";
  static final String PROOF = "/v1/ton-proof/verify";
  static final String SD_VERIFY = "/v1/sign-data/verify";
  static final List<String> BODY_ENDPOINTS = List.of(TX, SM, SD, CONNECT, PROOF, SD_VERIFY);

  @BeforeEach
  void aliceIsConnected() {
    SessionOwner alice = SessionOwner.http("alice");
    gateway.sessions.put(alice, Samples.connected(alice, 1, Network.MAINNET));
  }

  static String message(String fields) {
    return "{\"messages\":[{" + fields + "}]}";
  }

  static String item(String fields) {
    return "{\"items\":[{" + fields + "}]}";
  }

  static String proof(String address, String network, String publicKey, String proof) {
    StringBuilder json = new StringBuilder("{");
    if (address != null) {
      json.append("\"address\":").append(address).append(',');
    }
    if (network != null) {
      json.append("\"network\":").append(network).append(',');
    }
    if (publicKey != null) {
      json.append("\"public_key\":").append(publicKey).append(',');
    }
    if (proof != null) {
      json.append("\"proof\":").append(proof).append(',');
    }
    json.setLength(json.length() - 1);
    return json.append('}').toString();
  }

  static final String SIG = java.util.Base64.getEncoder().encodeToString(new byte[64]);

  static String proofItem(
      String timestamp, String domain, String signature, String payload, String stateInit) {
    List<String> fields = new ArrayList<>();
    if (timestamp != null) fields.add("\"timestamp\":" + timestamp);
    if (domain != null) fields.add("\"domain\":" + domain);
    if (signature != null) fields.add("\"signature\":" + signature);
    if (payload != null) fields.add("\"payload\":" + payload);
    if (stateInit != null) fields.add("\"state_init\":" + stateInit);
    return "{" + String.join(",", fields) + "}";
  }

  static final String DOMAIN = "{\"lengthBytes\":15,\"value\":\"app.example.com\"}";
  static final String GOOD_PROOF = proofItem("1751648358", DOMAIN, q(SIG), q("p".repeat(76)), q(B));

  static String q(String text) {
    return "\"" + text + "\"";
  }

  static String signDataVerify(String address, String stateInit, String result) {
    List<String> fields = new ArrayList<>();
    if (address != null) fields.add("\"address\":" + address);
    if (stateInit != null) fields.add("\"walletStateInit\":" + stateInit);
    if (result != null) fields.add("\"result\":" + result);
    return "{" + String.join(",", fields) + "}";
  }

  static String result(String signature, String address, String payload) {
    return "{\"signature\":"
        + signature
        + ",\"address\":"
        + address
        + ",\"timestamp\":1751648358,\"domain\":\"app.example.com\",\"payload\":"
        + payload
        + "}";
  }

  static final String TEXT = "{\"type\":\"text\",\"text\":\"hi\"}";

  static Stream<Arguments> invalidFields() {
    return Stream.of(
        // transactions: shapes
        Arguments.of(TX, "{}", "messages"),
        Arguments.of(TX, "{\"messages\":[]}", "messages"),
        Arguments.of(TX, "{\"messages\":\"x\"}", "messages"),
        Arguments.of(TX, "{\"messages\":[null]}", "messages[0]"),
        Arguments.of(TX, "{\"messages\":[5]}", "messages[0]"),
        Arguments.of(
            TX,
            "{\"messages\":[{\"address\":\"" + F + "\",\"amount\":\"1\"}],\"items\":[]}",
            "items"),
        Arguments.of(TX, "{\"messages\":[],\"to\":\"" + F + "\"}", "to"),
        Arguments.of(TX, "[1]", "$"),
        Arguments.of(TX, "null", "$"),
        Arguments.of(TX, "\"text\"", "$"),
        Arguments.of(SD, "null", "$"),
        Arguments.of(CONNECT, "null", "$"),
        Arguments.of(CONNECT, "[]", "$"),
        Arguments.of(PROOF, "null", "$"),
        Arguments.of(SD_VERIFY, "7", "$"),
        // transactions: message fields
        Arguments.of(TX, message("\"amount\":\"1\""), "messages[0].address"),
        Arguments.of(TX, message("\"address\":\"" + F + "\""), "messages[0].amount"),
        Arguments.of(
            TX, message("\"address\":\"" + BAD + "\",\"amount\":\"1\""), "messages[0].address"),
        Arguments.of(
            TX, message("\"address\":\"" + R + "\",\"amount\":\"1\""), "messages[0].address"),
        Arguments.of(
            TX, message("\"address\":\"EQnotanaddress\",\"amount\":\"1\""), "messages[0].address"),
        Arguments.of(TX, message("\"address\":7,\"amount\":\"1\""), "messages[0].address"),
        Arguments.of(TX, message("\"address\":\"" + F + "\",\"amount\":5"), "messages[0].amount"),
        Arguments.of(
            TX, message("\"address\":\"" + F + "\",\"amount\":[\"1\"]"), "messages[0].amount"),
        Arguments.of(
            TX, message("\"address\":\"" + F + "\",\"amount\":\"-1\""), "messages[0].amount"),
        Arguments.of(
            TX, message("\"address\":\"" + F + "\",\"amount\":\"abc\""), "messages[0].amount"),
        Arguments.of(
            TX, message("\"address\":\"" + F + "\",\"amount\":\"1.5\""), "messages[0].amount"),
        Arguments.of(
            TX, message("\"address\":\"" + F + "\",\"amount\":\"\""), "messages[0].amount"),
        Arguments.of(
            TX,
            message("\"address\":\"" + F + "\",\"amount\":\"1" + "0".repeat(37) + "\""),
            "messages[0].amount"),
        Arguments.of(
            TX,
            message("\"address\":\"" + F + "\",\"amount\":\"1\",\"payload\":\"" + NB + "\""),
            "messages[0].payload"),
        Arguments.of(
            TX,
            message("\"address\":\"" + F + "\",\"amount\":\"1\",\"payload\":\"!!!\""),
            "messages[0].payload"),
        Arguments.of(
            TX,
            message("\"address\":\"" + F + "\",\"amount\":\"1\",\"payload\":true"),
            "messages[0].payload"),
        Arguments.of(
            TX,
            message("\"address\":\"" + F + "\",\"amount\":\"1\",\"stateInit\":\"" + NB + "\""),
            "messages[0].stateInit"),
        Arguments.of(
            TX,
            message("\"address\":\"" + F + "\",\"amount\":\"1\",\"extraCurrency\":{\"x\":\"1\"}"),
            "messages[0].extraCurrency"),
        Arguments.of(
            TX,
            message(
                "\"address\":\"" + F + "\",\"amount\":\"1\",\"extraCurrency\":{\"239\":\"-1\"}"),
            "messages[0].extraCurrency.239"),
        Arguments.of(
            TX,
            message("\"address\":\"" + F + "\",\"amount\":\"1\",\"extraCurrency\":{\"239\":1}"),
            "messages[0].extraCurrency.239"),
        Arguments.of(
            TX,
            message("\"address\":\"" + F + "\",\"amount\":\"1\",\"extraCurrency\":[]"),
            "messages[0].extraCurrency"),
        Arguments.of(
            TX,
            "{\"messages\":[{\"address\":\""
                + F
                + "\",\"amount\":\"1\"},{\"address\":\""
                + F
                + "\",\"amount\":\"x\"}]}",
            "messages[1].amount"),
        // transactions: top-level fields
        Arguments.of(
            TX,
            "{\"validUntil\":\"1751648658\",\"to\":\"" + F + "\",\"amount\":\"1\"}",
            "validUntil"),
        Arguments.of(TX, "{\"validUntil\":-1,\"to\":\"" + F + "\",\"amount\":\"1\"}", "validUntil"),
        Arguments.of(
            TX, "{\"validUntil\":1.5,\"to\":\"" + F + "\",\"amount\":\"1\"}", "validUntil"),
        Arguments.of(
            TX, "{\"validUntil\":1e3,\"to\":\"" + F + "\",\"amount\":\"1\"}", "validUntil"),
        Arguments.of(
            TX,
            "{\"validUntil\":99999999999999999999999,\"to\":\"" + F + "\",\"amount\":\"1\"}",
            "validUntil"),
        Arguments.of(
            TX, "{\"network\":\"mainnet\",\"to\":\"" + F + "\",\"amount\":\"1\"}", "network"),
        Arguments.of(TX, "{\"network\":-239,\"to\":\"" + F + "\",\"amount\":\"1\"}", "network"),
        Arguments.of(
            TX, "{\"from\":\"" + BAD + "\",\"to\":\"" + F + "\",\"amount\":\"1\"}", "from"),
        // transactions: the shortcut
        Arguments.of(TX, "{\"to\":\"" + R + "\",\"amount\":\"1\"}", "to"),
        Arguments.of(TX, "{\"to\":\"" + BAD + "\",\"amount\":\"1\"}", "to"),
        Arguments.of(TX, "{\"amount\":\"1\"}", "to"),
        Arguments.of(TX, "{\"to\":\"" + F + "\"}", "amount"),
        Arguments.of(TX, "{\"to\":\"" + F + "\",\"amount\":\"-5\"}", "amount"),
        Arguments.of(TX, "{\"to\":\"" + F + "\",\"amount\":\"ten\"}", "amount"),
        Arguments.of(TX, "{\"to\":\"" + F + "\",\"amount\":\"1\",\"comment\":42}", "comment"),
        // transactions: items
        Arguments.of(TX, item("\"address\":\"" + F + "\",\"amount\":\"1\""), "items[0].type"),
        Arguments.of(TX, item("\"type\":\"swap\""), "items[0].type"),
        Arguments.of(
            TX,
            item("\"type\":\"ton\",\"address\":\"" + R + "\",\"amount\":\"1\""),
            "items[0].address"),
        Arguments.of(
            TX,
            item("\"type\":\"ton\",\"address\":\"" + F + "\",\"amount\":\"-1\""),
            "items[0].amount"),
        Arguments.of(
            TX,
            item(
                "\"type\":\"ton\",\"address\":\""
                    + F
                    + "\",\"amount\":\"1\",\"payload\":\""
                    + NB
                    + "\""),
            "items[0].payload"),
        Arguments.of(
            TX,
            item("\"type\":\"jetton\",\"destination\":\"" + F + "\",\"amount\":\"1\""),
            "items[0].master"),
        Arguments.of(
            TX,
            item(
                "\"type\":\"jetton\",\"master\":\""
                    + BAD
                    + "\",\"destination\":\""
                    + F
                    + "\",\"amount\":\"1\""),
            "items[0].master"),
        Arguments.of(
            TX,
            item(
                "\"type\":\"jetton\",\"master\":\""
                    + R
                    + "\",\"destination\":\""
                    + F
                    + "\",\"amount\":\"x\""),
            "items[0].amount"),
        Arguments.of(
            TX,
            item(
                "\"type\":\"jetton\",\"master\":\""
                    + R
                    + "\",\"destination\":\""
                    + F
                    + "\",\"amount\":\"1\",\"queryId\":\"18446744073709551616\""),
            "items[0].queryId"),
        Arguments.of(
            TX,
            item(
                "\"type\":\"jetton\",\"master\":\""
                    + R
                    + "\",\"destination\":\""
                    + F
                    + "\",\"amount\":\"1\",\"forwardPayload\":\""
                    + NB
                    + "\""),
            "items[0].forwardPayload"),
        Arguments.of(
            TX,
            item(
                "\"type\":\"jetton\",\"master\":\""
                    + R
                    + "\",\"destination\":\""
                    + F
                    + "\",\"amount\":\"1\",\"attachAmount\":\"-1\""),
            "items[0].attachAmount"),
        Arguments.of(
            TX,
            item("\"type\":\"nft\",\"nftAddress\":\"" + F + "\",\"newOwner\":\"" + BAD + "\""),
            "items[0].newOwner"),
        Arguments.of(
            TX, item("\"type\":\"nft\",\"nftAddress\":\"" + F + "\""), "items[0].newOwner"),
        // sign-message: the same reader
        Arguments.of(
            SM, message("\"address\":\"" + R + "\",\"amount\":\"1\""), "messages[0].address"),
        Arguments.of(
            SM, message("\"address\":\"" + F + "\",\"amount\":\"-1\""), "messages[0].amount"),
        Arguments.of(SM, "{\"to\":\"" + BAD + "\",\"amount\":\"1\"}", "to"),
        // sign-data
        Arguments.of(SD, "{}", "type"),
        Arguments.of(SD, "{\"type\":\"image\"}", "type"),
        Arguments.of(SD, "{\"type\":\"text\"}", "text"),
        Arguments.of(SD, "{\"type\":\"text\",\"text\":5}", "text"),
        Arguments.of(SD, "{\"type\":\"binary\",\"bytes\":\"***\"}", "bytes"),
        Arguments.of(SD, "{\"type\":\"binary\"}", "bytes"),
        Arguments.of(
            SD, "{\"type\":\"cell\",\"schema\":\"x = X;\",\"cell\":\"" + NB + "\"}", "cell"),
        Arguments.of(SD, "{\"type\":\"cell\",\"schema\":\"\",\"cell\":\"" + B + "\"}", "schema"),
        Arguments.of(SD, "{\"type\":\"cell\",\"cell\":\"" + B + "\"}", "schema"),
        Arguments.of(SD, "{\"type\":\"text\",\"text\":\"hi\",\"network\":\"x\"}", "network"),
        Arguments.of(SD, "{\"type\":\"text\",\"text\":\"hi\",\"from\":\"" + BAD + "\"}", "from"),
        // connection
        Arguments.of(CONNECT, "{\"tonProof\":\"yes\"}", "tonProof"),
        Arguments.of(CONNECT, "{\"tonProof\":1}", "tonProof"),
        Arguments.of(CONNECT, "{\"wallet\":\"\"}", "wallet"),
        Arguments.of(CONNECT, "{\"wallet\":5}", "wallet"),
        Arguments.of(CONNECT, "{\"network\":\"testnet\"}", "network"),
        Arguments.of(CONNECT, "{\"returnStrategy\":\"somewhere\"}", "returnStrategy"),
        Arguments.of(CONNECT, "{\"requiredFeatures\":\"SignData\"}", "requiredFeatures"),
        Arguments.of(CONNECT, "{\"requiredFeatures\":[1]}", "requiredFeatures[0]"),
        Arguments.of(CONNECT, "{\"requiredFeatures\":[\"Sign Data\"]}", "requiredFeatures[0]"),
        // ton-proof/verify
        Arguments.of(PROOF, proof(null, q("-239"), null, GOOD_PROOF), "address"),
        Arguments.of(PROOF, proof(q(BAD), q("-239"), null, GOOD_PROOF), "address"),
        Arguments.of(PROOF, proof(q("0:zz"), q("-239"), null, GOOD_PROOF), "address"),
        Arguments.of(PROOF, proof("5", q("-239"), null, GOOD_PROOF), "address"),
        Arguments.of(PROOF, proof(q(R), null, null, GOOD_PROOF), "network"),
        Arguments.of(PROOF, proof(q(R), q("main"), null, GOOD_PROOF), "network"),
        Arguments.of(PROOF, proof(q(R), q("-239"), q("xyz"), GOOD_PROOF), "public_key"),
        Arguments.of(PROOF, proof(q(R), q("-239"), q("abcd"), GOOD_PROOF), "public_key"),
        Arguments.of(PROOF, proof(q(R), q("-239"), null, null), "proof"),
        Arguments.of(PROOF, proof(q(R), q("-239"), null, "\"x\""), "proof"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem(q("1751648358"), DOMAIN, q(SIG), q("p"), q(B))),
            "proof.timestamp"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem("-1", DOMAIN, q(SIG), q("p"), q(B))),
            "proof.timestamp"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem("1", null, q(SIG), q("p"), q(B))),
            "proof.domain"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem("1", "{\"value\":\"a\"}", q(SIG), q("p"), q(B))),
            "proof.domain.lengthBytes"),
        Arguments.of(
            PROOF,
            proof(
                q(R), q("-239"), null, proofItem("1", "{\"lengthBytes\":1}", q(SIG), q("p"), q(B))),
            "proof.domain.value"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem("1", DOMAIN, null, q("p"), q(B))),
            "proof.signature"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem("1", DOMAIN, q("!!"), q("p"), q(B))),
            "proof.signature"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem("1", DOMAIN, q("AAAA"), q("p"), q(B))),
            "proof.signature"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem("1", DOMAIN, q(SIG), null, q(B))),
            "proof.payload"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem("1", DOMAIN, q(SIG), q("p"), null)),
            "proof.state_init"),
        Arguments.of(
            PROOF,
            proof(q(R), q("-239"), null, proofItem("1", DOMAIN, q(SIG), q("p"), q(NB))),
            "proof.state_init"),
        // sign-data/verify
        Arguments.of(SD_VERIFY, signDataVerify(null, q(B), result(q(SIG), q(R), TEXT)), "address"),
        Arguments.of(
            SD_VERIFY, signDataVerify(q(BAD), q(B), result(q(SIG), q(R), TEXT)), "address"),
        Arguments.of(
            SD_VERIFY, signDataVerify(q(R), null, result(q(SIG), q(R), TEXT)), "walletStateInit"),
        Arguments.of(
            SD_VERIFY, signDataVerify(q(R), q(NB), result(q(SIG), q(R), TEXT)), "walletStateInit"),
        Arguments.of(SD_VERIFY, signDataVerify(q(R), q(B), null), "result"),
        Arguments.of(
            SD_VERIFY, signDataVerify(q(R), q(B), result(q("%%"), q(R), TEXT)), "result.signature"),
        Arguments.of(
            SD_VERIFY,
            signDataVerify(q(R), q(B), result(q("AAAA"), q(R), TEXT)),
            "result.signature"),
        Arguments.of(
            SD_VERIFY,
            signDataVerify(q(R), q(B), result(q(SIG), q("0:12"), TEXT)),
            "result.address"),
        Arguments.of(
            SD_VERIFY,
            signDataVerify(q(R), q(B), result(q(SIG), q(R), "{\"type\":\"pdf\"}")),
            "result.payload.type"),
        Arguments.of(
            SD_VERIFY,
            signDataVerify(
                q(R),
                q(B),
                result(
                    q(SIG), q(R), "{\"type\":\"cell\",\"schema\":\"a\",\"cell\":\"" + NB + "\"}")),
            "result.payload.cell"),
        Arguments.of(
            SD_VERIFY,
            signDataVerify(
                q(R), q(B), result(q(SIG), q(R), "{\"type\":\"binary\",\"bytes\":\"@@\"}")),
            "result.payload.bytes"),
        Arguments.of(
            SD_VERIFY, signDataVerify(q(R), q(B), result(q(SIG), q(R), "[]")), "result.payload"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("invalidFields")
  void anInvalidFieldIs400NamingIt(String path, String body, String field) {
    Api.Reply reply = api.post(path, body);

    Map<String, Object> problem = reply.problem(400, "INVALID_FIELD", field);
    assertThat((String) problem.get("detail")).startsWith(field + ": ");
    assertThat(gateway.commands).as("no use case is called").isEmpty();
  }

  static Stream<Arguments> malformedJson() {
    List<Arguments> cases = new ArrayList<>();
    String deep = "[".repeat(40) + "]".repeat(40);
    for (String path : BODY_ENDPOINTS) {
      cases.add(Arguments.of(path, "{\"messages\":"));
      cases.add(Arguments.of(path, "{\"type\":\"text\",}"));
      cases.add(Arguments.of(path, "{} {}"));
      cases.add(Arguments.of(path, "{\"type\":\"text\",\"type\":\"binary\"}"));
      cases.add(Arguments.of(path, "{'single':'quotes'}"));
      cases.add(Arguments.of(path, "{\"messages\":" + deep + "}"));
      cases.add(Arguments.of(path, "nul"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("malformedJson")
  void malformedJsonIs400(String path, String body) {
    api.post(path, body).problem(400, "MALFORMED_JSON");
    assertThat(gateway.commands).isEmpty();
  }

  @Test
  void aMissingBodyIs400WhereOneIsRequired() {
    for (String path : List.of(TX, SM, SD, PROOF, SD_VERIFY)) {
      api.post(path, "").problem(400, "MALFORMED_JSON");
    }
    assertThat(gateway.commands).isEmpty();
  }

  @Test
  void anotherContentTypeIs415() {
    for (String path : BODY_ENDPOINTS) {
      api.post(path, "text/plain", "{}").problem(415, "UNSUPPORTED_MEDIA_TYPE");
      api.post(path, "application/x-www-form-urlencoded", "a=b")
          .problem(415, "UNSUPPORTED_MEDIA_TYPE");
    }
    assertThat(gateway.commands).isEmpty();
  }

  @Test
  void anOversizedBodyIs413WithOrWithoutALength() {
    String big = "{\"comment\":\"" + "x".repeat(70 * 1024) + "\"}";
    for (String path : BODY_ENDPOINTS) {
      api.post(path, big).problem(413, "BODY_TOO_LARGE");
      api.postChunked(path, big.getBytes(StandardCharsets.UTF_8)).problem(413, "BODY_TOO_LARGE");
    }
    // Refused on its declared length even where the body would not be read.
    api.post("/v1/ton-proof/payload", big).problem(413, "BODY_TOO_LARGE");
    assertThat(gateway.commands).isEmpty();
  }

  @Test
  void jsonWithACharsetIsJson() {
    Api.Reply reply =
        api.post(TX, "application/json; charset=utf-8", "{\"to\":\"" + F + "\",\"amount\":\"1\"}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
  }

  @Test
  void aBodyJustUnderTheLimitIsRead() {
    String comment = "x".repeat(64 * 1024 - 200);
    Api.Reply reply =
        api.post(TX, "{\"to\":\"" + F + "\",\"amount\":\"1\",\"comment\":\"" + comment + "\"}");

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
  }
}

package io.tcgateway.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.tcgateway.application.error.InvalidRequestException;
import io.tcgateway.application.error.WalletFeatureMissingException;
import io.tcgateway.application.port.in.SendTransactionCommand;
import io.tcgateway.application.port.in.SignDataCommand;
import io.tcgateway.application.port.in.SignMessageCommand;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.protocol.Amount;
import io.tcgateway.domain.protocol.BocBase64;
import io.tcgateway.domain.protocol.ExtraCurrencies;
import io.tcgateway.domain.protocol.QueryId;
import io.tcgateway.domain.protocol.RpcResult;
import io.tcgateway.domain.protocol.SignDataPayload;
import io.tcgateway.domain.protocol.SignDataResult;
import io.tcgateway.domain.protocol.StructuredItem;
import io.tcgateway.domain.protocol.TransactionMessage;
import io.tcgateway.domain.protocol.TransactionPayload;
import io.tcgateway.domain.protocol.WalletError;
import io.tcgateway.domain.protocol.WalletErrorCode;
import io.tcgateway.domain.protocol.WireAddress;
import io.tcgateway.domain.session.RequestRef;
import io.tcgateway.domain.session.RequestStatus;
import io.tcgateway.domain.session.SessionOwner;
import io.tcgateway.domain.session.WalletRequest;
import io.tcgateway.domain.ton.Network;
import io.tcgateway.domain.ton.UserFriendlyAddress;
import io.tcgateway.domain.ton.cell.TextComment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class RequestsControllerTest extends ApiTestBase {
  static final SessionOwner ALICE = SessionOwner.http("alice");
  static final SessionOwner BOB = SessionOwner.http("bob");

  @BeforeEach
  void aliceIsConnected() {
    gateway.sessions.put(ALICE, Samples.connected(ALICE, 1, Network.MAINNET));
  }

  @Test
  void rawMessagesAreSentWithEveryField() {
    Api.Reply reply =
        api.post(
            "/v1/users/alice/transactions",
            """
            {"validUntil":1751648658,"network":"-239","from":"%s",
             "messages":[{"address":"%s","amount":"20000000","payload":"%s","stateInit":"%s",
                          "extraCurrency":{"239":"1000"}},
                         {"address":"%s","amount":"007"}]}"""
                .formatted(
                    Samples.RAW,
                    Samples.BOUNCEABLE,
                    Samples.BOC,
                    Samples.BOC,
                    Samples.OTHER_FRIENDLY));

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    String requestId = Samples.sessionId(1).value() + "-0";
    assertThat(reply.object())
        .isEqualTo(
            Map.of(
                "requestId", requestId, "status", "pending", "deadline", "2025-07-04T17:04:18Z"));
    assertThat(reply.header("Location")).isEqualTo("/v1/users/alice/requests/" + requestId);
    SendTransactionCommand command = gateway.last(SendTransactionCommand.class);
    assertThat(command.owner()).isEqualTo(ALICE);
    assertThat(command.payload())
        .isEqualTo(
            TransactionPayload.ofMessages(
                OptionalLong.of(1751648658),
                Optional.of(Network.MAINNET),
                Optional.of(WireAddress.parse(Samples.RAW)),
                List.of(
                    new TransactionMessage(
                        UserFriendlyAddress.parse(Samples.BOUNCEABLE),
                        Amount.of(20_000_000),
                        Optional.of(new BocBase64(Samples.BOC)),
                        Optional.of(new BocBase64(Samples.BOC)),
                        ExtraCurrencies.of(Map.of("239", Amount.of(1000)))),
                    TransactionMessage.of(
                        UserFriendlyAddress.parse(Samples.OTHER_FRIENDLY), Amount.of(7)))));
  }

  @Test
  void structuredItemsOfEveryType() {
    Api.Reply reply =
        api.post(
            "/v1/users/alice/transactions",
            """
            {"items":[
              {"type":"ton","address":"%1$s","amount":"5","payload":"%3$s"},
              {"type":"jetton","master":"%2$s","destination":"%1$s","amount":"1000000",
               "attachAmount":"50000000","responseDestination":"%2$s","forwardAmount":"1",
               "forwardPayload":"%3$s","customPayload":"%3$s","queryId":"18446744073709551615"},
              {"type":"nft","nftAddress":"%1$s","newOwner":"%2$s"}]}"""
                .formatted(Samples.BOUNCEABLE, Samples.RAW, Samples.BOC));

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    List<StructuredItem> items =
        ((TransactionPayload.Body.Items)
                gateway.last(SendTransactionCommand.class).payload().body())
            .items();
    BocBase64 boc = new BocBase64(Samples.BOC);
    assertThat(items)
        .containsExactly(
            new StructuredItem.Ton(
                UserFriendlyAddress.parse(Samples.BOUNCEABLE),
                Amount.of(5),
                Optional.of(boc),
                Optional.empty(),
                ExtraCurrencies.none()),
            new StructuredItem.Jetton(
                WireAddress.parse(Samples.RAW),
                WireAddress.parse(Samples.BOUNCEABLE),
                Amount.of(1_000_000),
                new StructuredItem.TransferOptions(
                    Optional.of(Amount.of(50_000_000)),
                    Optional.of(WireAddress.parse(Samples.RAW)),
                    Optional.of(boc),
                    Optional.of(Amount.of(1)),
                    Optional.of(boc),
                    Optional.of(QueryId.parse("18446744073709551615")))),
            StructuredItem.Nft.of(
                WireAddress.parse(Samples.BOUNCEABLE), WireAddress.parse(Samples.RAW)));
  }

  @Test
  void theShortcutSendsOneMessageWithTheCommentCell() {
    Api.Reply reply =
        api.post(
            "/v1/users/alice/transactions",
            "{\"to\":\"%s\",\"amount\":\"1000\",\"comment\":\"thanks ✓\"}"
                .formatted(Samples.NON_BOUNCEABLE));

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    TransactionPayload payload = gateway.last(SendTransactionCommand.class).payload();
    TransactionMessage message =
        ((TransactionPayload.Body.Messages) payload.body()).messages().getFirst();
    assertThat(message.address()).isEqualTo(UserFriendlyAddress.parse(Samples.NON_BOUNCEABLE));
    assertThat(message.amount()).isEqualTo(Amount.of(1000));
    assertThat(TextComment.fromBase64(message.payload().orElseThrow().base64()).text())
        .isEqualTo("thanks ✓");
    assertThat(payload.size()).isEqualTo(1);

    api.post(
        "/v1/users/alice/transactions",
        "{\"to\":\"%s\",\"amount\":\"1\"}".formatted(Samples.BOUNCEABLE));
    TransactionMessage plain =
        ((TransactionPayload.Body.Messages)
                gateway.last(SendTransactionCommand.class).payload().body())
            .messages()
            .getFirst();
    assertThat(plain.payload()).isEmpty();
  }

  @Test
  void signMessageTakesTheTransactionShapes() {
    Api.Reply reply =
        api.post(
            "/v1/users/alice/sign-message",
            "{\"messages\":[{\"address\":\"%s\",\"amount\":\"1\"}]}".formatted(Samples.BOUNCEABLE));

    assertThat(reply.status()).as(reply.body()).isEqualTo(202);
    assertThat(gateway.last(SignMessageCommand.class).payload().size()).isEqualTo(1);
  }

  @Test
  void signDataOfEveryType() {
    assertThat(
            api.post("/v1/users/alice/sign-data", "{\"type\":\"text\",\"text\":\"I agree\"}")
                .status())
        .isEqualTo(202);
    assertThat(gateway.last(SignDataCommand.class).payload())
        .isEqualTo(SignDataPayload.Text.of("I agree"));

    api.post(
        "/v1/users/alice/sign-data",
        "{\"type\":\"binary\",\"bytes\":\"3q2+7w==\",\"network\":\"-3\",\"from\":\"%s\"}"
            .formatted(Samples.RAW));
    assertThat(gateway.last(SignDataCommand.class).payload())
        .isEqualTo(
            new SignDataPayload.Binary(
                Bytes.fromHex("deadbeef"),
                Optional.of(Network.TESTNET),
                Optional.of(WireAddress.parse(Samples.RAW))));

    api.post(
        "/v1/users/alice/sign-data",
        "{\"type\":\"cell\",\"schema\":\"message#_ text:SnakeData = Message;\",\"cell\":\"%s\"}"
            .formatted(Samples.BOC));
    assertThat(gateway.last(SignDataCommand.class).payload())
        .isEqualTo(
            SignDataPayload.Cell.of(
                "message#_ text:SnakeData = Message;", new BocBase64(Samples.BOC)));
  }

  @Test
  void applicationRefusalsAreProblems() {
    gateway.sessions.remove(ALICE);
    api.post("/v1/users/alice/sign-data", "{\"type\":\"text\",\"text\":\"x\"}")
        .problem(409, "WALLET_NOT_CONNECTED");

    gateway.sessions.put(ALICE, Samples.connected(ALICE, 1, Network.MAINNET));
    gateway.failNext(new WalletFeatureMissingException("wallet does not support SignMessage"));
    Map<String, Object> missing =
        api.post(
                "/v1/users/alice/sign-message",
                "{\"to\":\"%s\",\"amount\":\"1\"}".formatted(Samples.BOUNCEABLE))
            .problem(422, "WALLET_FEATURE_MISSING");
    assertThat(missing).containsEntry("detail", "wallet does not support SignMessage");

    gateway.failNext(new InvalidRequestException("validUntil", "validUntil is in the past"));
    api.post(
            "/v1/users/alice/transactions",
            "{\"validUntil\":1,\"to\":\"%s\",\"amount\":\"1\"}".formatted(Samples.BOUNCEABLE))
        .problem(422, "INVALID_REQUEST", "validUntil");
  }

  private WalletRequest stored(RequestStatus status, SessionOwner owner) {
    String path = owner.equals(ALICE) ? "alice" : "bob";
    api.post(
        "/v1/users/" + path + "/transactions",
        "{\"to\":\"%s\",\"amount\":\"1\"}".formatted(Samples.BOUNCEABLE));
    WalletRequest pending =
        gateway.requests.values().stream()
            .filter(r -> r.owner().equals(owner) && r.isPending())
            .findFirst()
            .orElseThrow();
    WalletRequest request =
        status instanceof RequestStatus.Pending ? pending : pending.finish(status);
    gateway.requests.put(request.ref(), request);
    return request;
  }

  @Test
  void aPendingRequestReadsPending() {
    WalletRequest request = stored(new RequestStatus.Pending(), ALICE);

    Api.Reply reply = api.get("/v1/users/alice/requests/" + request.ref().value());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.object())
        .isEqualTo(
            Map.of(
                "requestId", request.ref().value(),
                "method", "sendTransaction",
                "status", "pending",
                "createdAt", "2025-07-04T16:59:18Z",
                "deadline", "2025-07-04T17:04:18Z"));
  }

  @Test
  void completedRequestsCarryTheirResult() {
    WalletRequest sent =
        stored(
            new RequestStatus.Completed(
                new RpcResult.SentTransaction(new BocBase64(Samples.BOC)),
                Samples.NOW.plusSeconds(9)),
            ALICE);
    assertThat(api.get("/v1/users/alice/requests/" + sent.ref().value()).object())
        .containsEntry("status", "completed")
        .containsEntry("result", Map.of("boc", Samples.BOC))
        .containsEntry("finishedAt", "2025-07-04T16:59:27Z")
        .doesNotContainKey("error");

    SignDataResult signed =
        new SignDataResult(
            Bytes.wrap(new byte[64]),
            Samples.ADDRESS,
            1751648358,
            "app.example.com",
            SignDataPayload.Text.of("I agree"));
    WalletRequest data = stored(new RequestStatus.Completed(signed, Samples.NOW), ALICE);
    assertThat(api.get("/v1/users/alice/requests/" + data.ref().value()).object().get("result"))
        .isEqualTo(
            Map.of(
                "signature",
                Bytes.wrap(new byte[64]).toBase64(),
                "address",
                Samples.RAW,
                "timestamp",
                1751648358,
                "domain",
                "app.example.com",
                "payload",
                Map.of("type", "text", "text", "I agree"),
                "verified",
                true));

    WalletRequest message =
        stored(
            new RequestStatus.Completed(
                new RpcResult.SignedMessage(new BocBase64(Samples.BOC)), Samples.NOW),
            ALICE);
    assertThat(api.get("/v1/users/alice/requests/" + message.ref().value()).object().get("result"))
        .isEqualTo(Map.of("internalBoc", Samples.BOC));
  }

  @Test
  void rejectedFailedAndExpiredRequestsSayWhy() {
    WalletRequest rejected =
        stored(
            new RequestStatus.Rejected(
                WalletError.of(WalletErrorCode.USER_REJECTS, "User declined"), Samples.NOW),
            ALICE);
    assertThat(api.get("/v1/users/alice/requests/" + rejected.ref().value()).object())
        .containsEntry("status", "rejected")
        .containsEntry(
            "error", Map.of("code", "wallet-300", "message", "User declined", "walletCode", 300))
        .doesNotContainKey("result");

    WalletRequest failed =
        stored(
            new RequestStatus.Failed("signature-invalid", -1, "bad signature", Samples.NOW), ALICE);
    assertThat(api.get("/v1/users/alice/requests/" + failed.ref().value()).object())
        .containsEntry("status", "failed")
        .containsEntry("error", Map.of("code", "signature-invalid", "message", "bad signature"));

    WalletRequest expired = stored(new RequestStatus.Expired(Samples.NOW), ALICE);
    assertThat(api.get("/v1/users/alice/requests/" + expired.ref().value()).object())
        .containsEntry("status", "expired")
        .doesNotContainKeys("error", "result");
  }

  @Test
  void anotherUsersRequestIsNotFound() {
    gateway.sessions.put(BOB, Samples.connected(BOB, 2, Network.MAINNET));
    WalletRequest bobs = stored(new RequestStatus.Pending(), BOB);

    api.get("/v1/users/alice/requests/" + bobs.ref().value()).problem(404, "NOT_FOUND");
    assertThat(api.get("/v1/users/bob/requests/" + bobs.ref().value()).status()).isEqualTo(200);
  }

  @Test
  void unknownAndMalformedRequestIds() {
    api.get("/v1/users/alice/requests/" + Samples.sessionId(9).value() + "-4")
        .problem(404, "NOT_FOUND");
    for (String id : List.of("42", "nope", Samples.sessionId(9).value() + "-x", "a;b")) {
      api.get("/v1/users/alice/requests/" + id).problem(400, "INVALID_FIELD", "requestId");
    }
    assertThat(RequestRef.parse(Samples.sessionId(9).value() + "-4").requestId().value())
        .isEqualTo(4);
  }
}

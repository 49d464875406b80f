package io.tcgateway.testkit.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import io.tcgateway.domain.protocol.RpcMethod;
import org.junit.jupiter.api.Test;

class WalletPolicyTest {
  @Test
  void methodsWithoutAnEntryGetTheDefault() {
    WalletPolicy policy =
        WalletPolicy.declineAll().with(RpcMethod.SIGN_DATA, WalletPolicy.Reaction.APPROVE);

    assertThat(policy.reactionTo(RpcMethod.SIGN_DATA)).isEqualTo(WalletPolicy.Reaction.APPROVE);
    assertThat(policy.reactionTo(RpcMethod.SEND_TRANSACTION))
        .isEqualTo(WalletPolicy.Reaction.DECLINE);
    assertThat(WalletPolicy.silent().reactionTo(RpcMethod.DISCONNECT))
        .isEqualTo(WalletPolicy.Reaction.SILENT);
    assertThat(WalletPolicy.approveAll().reactionTo(RpcMethod.SIGN_MESSAGE))
        .isEqualTo(WalletPolicy.Reaction.APPROVE);
  }

  @Test
  void withLeavesTheOriginalUnchanged() {
    WalletPolicy base = WalletPolicy.approveAll();

    base.with(RpcMethod.SIGN_DATA, WalletPolicy.Reaction.SILENT);

    assertThat(base.reactionTo(RpcMethod.SIGN_DATA)).isEqualTo(WalletPolicy.Reaction.APPROVE);
  }

  @Test
  void connectAnswersHaveTheProtocolDefaults() {
    assertThat(ConnectAnswer.approve().withProof()).isTrue();
    assertThat(ConnectAnswer.approveWithoutProof().withProof()).isFalse();
    assertThat(ConnectAnswer.decline().code()).isEqualTo(300);
    assertThat(ConnectAnswer.decline(2, "manifest not found").code()).isEqualTo(2);
  }
}

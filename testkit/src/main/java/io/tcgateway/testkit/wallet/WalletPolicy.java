package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.protocol.RpcMethod;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a {@link WalletConnection} in automatic mode reacts to each RPC method; methods not listed
 * get {@code otherwise}.
 *
 * @param reactions the reaction per method
 * @param otherwise the reaction for methods without an entry
 */
public record WalletPolicy(Map<RpcMethod, Reaction> reactions, Reaction otherwise) {

  /** What the wallet does with one request. */
  public enum Reaction {
    /** Sign and answer with the result. */
    APPROVE,
    /** Answer with error 300 (user declined). */
    DECLINE,
    /** Never answer. */
    SILENT
  }

  public WalletPolicy {
    Objects.requireNonNull(reactions, "reactions");
    Objects.requireNonNull(otherwise, "otherwise");
    reactions = Map.copyOf(reactions);
  }

  /** Approve everything. */
  public static WalletPolicy approveAll() {
    return new WalletPolicy(Map.of(), Reaction.APPROVE);
  }

  /** Decline everything. */
  public static WalletPolicy declineAll() {
    return new WalletPolicy(Map.of(), Reaction.DECLINE);
  }

  /** Answer nothing. */
  public static WalletPolicy silent() {
    return new WalletPolicy(Map.of(), Reaction.SILENT);
  }

  /** This policy with {@code reaction} for {@code method}. */
  public WalletPolicy with(RpcMethod method, Reaction reaction) {
    Map<RpcMethod, Reaction> copy = new EnumMap<>(RpcMethod.class);
    copy.putAll(reactions);
    copy.put(
        Objects.requireNonNull(method, "method"), Objects.requireNonNull(reaction, "reaction"));
    return new WalletPolicy(copy, otherwise);
  }

  /** The reaction to {@code method}. */
  public Reaction reactionTo(RpcMethod method) {
    return reactions.getOrDefault(method, otherwise);
  }
}

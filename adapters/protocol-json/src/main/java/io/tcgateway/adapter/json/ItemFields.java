package io.tcgateway.adapter.json;

/**
 * Field names of structured items: the RPC payload names, or the abbreviated ones of an embedded
 * request ({@code e=}, protocol.md §3.1). Reader and writer share them so both forms stay in step.
 */
record ItemFields(
    String type,
    String address,
    String amount,
    String payload,
    String stateInit,
    String extraCurrency,
    String master,
    String destination,
    String attachAmount,
    String responseDestination,
    String customPayload,
    String forwardAmount,
    String forwardPayload,
    String queryId,
    String nftAddress,
    String newOwner) {
  static final ItemFields RPC =
      new ItemFields(
          "type",
          "address",
          "amount",
          "payload",
          "stateInit",
          "extra_currency",
          "master",
          "destination",
          "attachAmount",
          "responseDestination",
          "customPayload",
          "forwardAmount",
          "forwardPayload",
          "queryId",
          "nftAddress",
          "newOwner");
  static final ItemFields EMBEDDED =
      new ItemFields(
          "t", "a", "am", "p", "si", "ec", "ma", "d", "aa", "rd", "cp", "fa", "fp", "qi", "na",
          "no");
}

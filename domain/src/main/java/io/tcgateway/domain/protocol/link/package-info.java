/**
 * Connect links (protocol.md §3): the universal link of a wallet, the unified {@code tc://} link, a
 * wallet's custom deep-link scheme and Telegram mini-app links, built byte for byte like the SDK
 * ({@code universal-link.ts}, {@code utils/url.ts}) and parsed back for a wallet. The request JSON
 * comes in as text, so this package stays free of JSON too.
 */
package io.tcgateway.domain.protocol.link;

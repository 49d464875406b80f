package io.tcgateway.adapter.crypto;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what tests need out of Tink JSON keysets without a JSON library. */
final class Keys {
  private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");

  private Keys() {}

  /** The base64 key material of every key in {@code keysetJson}. */
  static List<String> materialOf(String keysetJson) {
    Matcher matcher = VALUE.matcher(keysetJson);
    return matcher.results().map(m -> m.group(1)).toList();
  }

  /** Every message in the cause chain of {@code failure}. */
  static String messages(Throwable failure) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }
}

package io.tcgateway.domain.protocol;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code extra_currency} map of a message or TON item: currency id ({@code ^-?\d+$}, TEP-92) to
 * amount ({@code ^\d+$}). Keeps insertion order; the JSON codec writes keys in JavaScript property
 * order, as {@code JSON.stringify} does. Empty means "no extra currencies" and is not sent.
 */
public record ExtraCurrencies(Map<String, Amount> amounts) {
  private static final Pattern CURRENCY_ID = Pattern.compile("-?[0-9]+");
  private static final ExtraCurrencies NONE = new ExtraCurrencies(Map.of());

  public ExtraCurrencies {
    Objects.requireNonNull(amounts, "amounts");
    LinkedHashMap<String, Amount> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Amount> entry : amounts.entrySet()) {
      String id = entry.getKey();
      if (id == null || !CURRENCY_ID.matcher(id).matches()) {
        throw new ProtocolFormatException.InvalidField(
            "extra_currency", "currency id must match ^-?\\d+$, was '" + id + "'");
      }
      copy.put(id, Objects.requireNonNull(entry.getValue(), "extra_currency[" + id + "]"));
    }
    amounts = Collections.unmodifiableMap(copy);
  }

  /** No extra currencies. */
  public static ExtraCurrencies none() {
    return NONE;
  }

  /** The given currencies, in the map's iteration order. */
  public static ExtraCurrencies of(Map<String, Amount> amounts) {
    return new ExtraCurrencies(amounts);
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return amounts.isEmpty();
  }
}

package io.tcgateway.domain.protocol;

import io.tcgateway.domain.bytes.Base64s;
import io.tcgateway.domain.bytes.Bytes;
import io.tcgateway.domain.ton.Network;
import java.util.Objects;
import java.util.Optional;

/**
 * The payload of {@code signData} ({@code params[0]}, protocol.md §9), and the {@code payload} a
 * wallet echoes in its result:
 *
 * <pre>
 * {"type":"text","text":"...",                        "from"?:"0:<hex>","network"?:"-239"}
 * {"type":"binary","bytes":"<base64>",                "from"?,"network"?}
 * {"type":"cell","schema":"<TL-B>","cell":"<base64 BoC>", "from"?,"network"?}
 * </pre>
 *
 * Records compare by value ({@code bytes} as decoded bytes, so the alphabet a wallet echoes them in
 * does not matter): a verifier checks {@code result.payload().equals(sent)}, or {@link
 * #hasSameData} to ignore {@code from}/{@code network}.
 */
public sealed interface SignDataPayload
    permits SignDataPayload.Text, SignDataPayload.Binary, SignDataPayload.Cell {

  /** The payload type. */
  SignDataType type();

  /** The network the app expects the wallet on, if given. */
  Optional<Network> network();

  /** The address the app expects to sign, if given. */
  Optional<WireAddress> from();

  /**
   * Whether {@code other} has the same type and data, whatever its {@code from}/{@code network}.
   */
  boolean hasSameData(SignDataPayload other);

  /**
   * Text shown to the user and signed as UTF-8. May be empty: wallets sign an empty text (the
   * sign_data.json vectors contain such results); whether to ask for one is the caller's choice.
   */
  record Text(String text, Optional<Network> network, Optional<WireAddress> from)
      implements SignDataPayload {
    public Text {
      if (text == null) {
        throw new ProtocolFormatException.MissingField("text");
      }
      Objects.requireNonNull(network, "network");
      Objects.requireNonNull(from, "from");
    }

    /** Text without {@code network} and {@code from}. */
    public static Text of(String text) {
      return new Text(text, Optional.empty(), Optional.empty());
    }

    @Override
    public SignDataType type() {
      return SignDataType.TEXT;
    }

    @Override
    public boolean hasSameData(SignDataPayload other) {
      return other instanceof Text that && text.equals(that.text);
    }
  }

  /** Opaque bytes, base64 on the wire; may be empty, like {@link Text}. */
  record Binary(Bytes bytes, Optional<Network> network, Optional<WireAddress> from)
      implements SignDataPayload {
    public Binary {
      if (bytes == null) {
        throw new ProtocolFormatException.MissingField("bytes");
      }
      Objects.requireNonNull(network, "network");
      Objects.requireNonNull(from, "from");
    }

    /** Bytes without {@code network} and {@code from}. */
    public static Binary of(Bytes bytes) {
      return new Binary(bytes, Optional.empty(), Optional.empty());
    }

    /**
     * Decodes the wire {@code bytes} (either base64 alphabet, padding optional).
     *
     * @throws ProtocolFormatException.InvalidField if it is not base64
     */
    public static Bytes decodeBytes(String base64) {
      if (base64 == null) {
        throw new ProtocolFormatException.MissingField("bytes");
      }
      try {
        return Bytes.wrap(Base64s.decodeLenient(base64));
      } catch (IllegalArgumentException e) {
        throw new ProtocolFormatException.InvalidField(
            "bytes", "bytes must be base64: " + e.getMessage(), e);
      }
    }

    @Override
    public SignDataType type() {
      return SignDataType.BINARY;
    }

    @Override
    public boolean hasSameData(SignDataPayload other) {
      return other instanceof Binary that && bytes.equals(that.bytes);
    }
  }

  /** A one-root cell described by a TL-B {@code schema} (its last declared type is the root). */
  record Cell(String schema, BocBase64 cell, Optional<Network> network, Optional<WireAddress> from)
      implements SignDataPayload {
    public Cell {
      if (schema == null) {
        throw new ProtocolFormatException.MissingField("schema");
      }
      if (schema.isEmpty()) {
        throw new ProtocolFormatException.InvalidField("schema", "schema must not be empty");
      }
      if (cell == null) {
        throw new ProtocolFormatException.MissingField("cell");
      }
      Objects.requireNonNull(network, "network");
      Objects.requireNonNull(from, "from");
    }

    /** A cell without {@code network} and {@code from}. */
    public static Cell of(String schema, BocBase64 cell) {
      return new Cell(schema, cell, Optional.empty(), Optional.empty());
    }

    @Override
    public SignDataType type() {
      return SignDataType.CELL;
    }

    @Override
    public boolean hasSameData(SignDataPayload other) {
      return other instanceof Cell that && schema.equals(that.schema) && cell.equals(that.cell);
    }
  }
}

package io.tcgateway.domain.ton.cell;

import java.util.Objects;

/**
 * A plain-text transfer comment, the message body wallets show to the user (protocol.md §11.4).
 *
 * <pre>
 * text_comment#00000000 text:SnakeData = InMsgBody;
 * first cell:  uint32 0 || up to 123 bytes of UTF-8 text     (991 bits left after the op)
 * then:        one reference chain, 127 bytes per cell          (@ton/core storeStringTail)
 * </pre>
 *
 * A multi-byte UTF-8 character may be split between two cells; readers join the bytes first.
 *
 * @param text the comment; any string, including the empty one
 */
public record TextComment(String text) {
  /** The op code of a text comment. */
  public static final int OP = 0;

  public TextComment {
    Objects.requireNonNull(text, "text");
  }

  /** The comment {@code text}. */
  public static TextComment of(String text) {
    return new TextComment(text);
  }

  /**
   * Reads a comment from a message body cell.
   *
   * @throws CellLayoutException.UnexpectedTag if the op is not 0 (not a text comment)
   * @throws CellLayoutException.MalformedSnake if the text is not a well-formed snake
   * @throws CellUnderflowException if the cell is shorter than the 32-bit op
   */
  public static TextComment fromCell(Cell body) {
    Objects.requireNonNull(body, "body");
    if (body.isExotic()) {
      throw new CellLayoutException.UnexpectedTag("a comment cannot be an exotic cell");
    }
    CellSlice s = body.beginParse();
    long op = s.loadUint(32);
    if (op != OP) {
      throw new CellLayoutException.UnexpectedTag(
          String.format("op 0x%08x is not a text comment (0x00000000)", op));
    }
    return new TextComment(s.loadStringTail());
  }

  /** Reads a comment from a one-root BoC in base64 (a TON Connect {@code payload}). */
  public static TextComment fromBase64(CharSequence base64) {
    return fromCell(BagOfCells.deserializeSingleRootBase64(base64));
  }

  /** The message body cell. */
  public Cell toCell() {
    return CellBuilder.beginCell().storeUint(OP, 32).storeStringTail(text).endCell();
  }

  /**
   * The body as a one-root BoC with CRC-32C, standard base64: the {@code payload} of a TON Connect
   * {@code sendTransaction} message.
   */
  public String toBase64() {
    return BagOfCells.serializeBase64(toCell(), BocWriteOptions.CRC32C);
  }
}

package io.tcgateway.domain.ton;

/**
 * CRC-16/XMODEM: polynomial 0x1021, initial value 0, no reflection, no final XOR. Check value:
 * {@code "123456789"} → {@code 0x31C3}. Used as the checksum of user-friendly addresses.
 */
final class Crc16 {
  private Crc16() {}

  static int xmodem(byte[] data, int offset, int length) {
    int crc = 0;
    for (int i = offset; i < offset + length; i++) {
      crc ^= (data[i] & 0xff) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
      }
    }
    return crc & 0xffff;
  }
}

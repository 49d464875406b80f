package io.tcgateway.bootstrap.cli;

/**
 * Exit statuses of the operator commands; over many documents the worst one wins. The keyset
 * commands use {@link #VALID} for done and {@link #UNREADABLE} for an unusable file.
 */
enum ExitStatus {
  /** Every document is valid. */
  VALID(0),
  /** At least one document is invalid, none unreadable. */
  INVALID(1),
  /** At least one document could not be read, or the command line was wrong. */
  UNREADABLE(2),
  /** A bug: the check itself failed. */
  INTERNAL_ERROR(3);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  /** The process exit code. */
  int code() {
    return code;
  }

  /** The worse of this and {@code other}. */
  ExitStatus worse(ExitStatus other) {
    return other.code > code ? other : this;
  }
}

package io.tcgateway.bootstrap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes keyset files so that a reader never sees a half-written one: the text goes to a temporary
 * file in the same directory (readable by its owner only, or with the permissions of the file it
 * replaces), which is then renamed over the target in one step.
 */
final class KeysetFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private KeysetFiles() {}

  /**
   * Writes {@code text} to {@code target}, which must not exist yet.
   *
   * @throws FileAlreadyExistsException if it does
   */
  static void create(Path target, String text) throws IOException {
    if (Files.exists(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    replace(target, text, OWNER_ONLY);
  }

  /** Replaces the existing {@code target} with {@code text}, keeping its permissions. */
  static void overwrite(Path target, String text) throws IOException {
    PosixFileAttributeView posix = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    replace(target, text, posix == null ? null : posix.readAttributes().permissions());
  }

  private static void replace(Path target, String text, Set<PosixFilePermission> permissions)
      throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    boolean posix = Files.getFileStore(directory).supportsFileAttributeView("posix");
    FileAttribute<?>[] attributes =
        posix && permissions != null
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
            : new FileAttribute<?>[0];
    Path temporary = Files.createTempFile(directory, ".keyset-", ".tmp", attributes);
    try {
      Files.writeString(temporary, text, UTF_8);
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException(
            "the file system cannot replace " + target + " in one step; nothing was changed", e);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}

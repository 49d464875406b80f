package io.tcgateway.adapter.wallets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A wallets list in a local file, read again at every refresh. */
final class FileWalletsListSource implements WalletsListSource {
  private final String location;
  private final Path path;

  FileWalletsListSource(String location, Path path) {
    this.location = Objects.requireNonNull(location, "location");
    this.path = Objects.requireNonNull(path, "path");
  }

  @Override
  public String location() {
    return location;
  }

  @Override
  public String read() {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > MAX_DOCUMENT_BYTES) {
        throw new WalletsListUnavailableException(
            location + ": larger than " + MAX_DOCUMENT_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WalletsListUnavailableException(location + ": " + e, e);
    }
  }
}

package io.personalizefake.storage.mapdb;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A store's files cannot be used: held by another process, of another format version, truncated or
 * damaged. The message names the file; nothing was changed on disk.
 */
public final class StoreFileException extends IllegalStateException {

  private final Path file;

  StoreFileException(Path file, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.file = file;
  }

  StoreFileException(Path file, String message) {
    this(file, message, null);
  }

  /** The file (or folder) at fault. */
  public Path file() {
    return file;
  }
}

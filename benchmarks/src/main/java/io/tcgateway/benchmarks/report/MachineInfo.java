package io.tcgateway.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The machine a run happened on, as the report names it.
 *
 * @param cpuModel CPU model name ({@code /proc/cpuinfo} "model name")
 * @param logicalCpus logical CPUs the OS offers
 * @param memoryKib total memory in KiB ({@code /proc/meminfo} MemTotal); 0 if unknown
 * @param os distribution name ({@code /etc/os-release} PRETTY_NAME) or {@code os.name}
 * @param kernel {@code os.name os.version os.arch}
 */
public record MachineInfo(
    String cpuModel, int logicalCpus, long memoryKib, String os, String kernel) {

  public MachineInfo {
    Objects.requireNonNull(cpuModel, "cpuModel");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(kernel, "kernel");
  }

  /** This machine, from {@code /proc} and {@code /etc/os-release} where they exist. */
  public static MachineInfo detect() {
    String cpuinfo = read(Path.of("/proc/cpuinfo"));
    String kernel =
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch");
    int cpus = logicalCpus(cpuinfo);
    String os = prettyName(read(Path.of("/etc/os-release")));
    return new MachineInfo(
        cpuModel(cpuinfo),
        cpus > 0 ? cpus : Runtime.getRuntime().availableProcessors(),
        memTotalKib(read(Path.of("/proc/meminfo"))),
        os.isEmpty() ? System.getProperty("os.name") : os,
        kernel);
  }

  /** The first "model name" of a {@code /proc/cpuinfo} text, or {@code "unknown CPU"}. */
  static String cpuModel(String cpuinfo) {
    for (String line : cpuinfo.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equals("model name")) {
        return line.substring(colon + 1).strip().replaceAll("\\s+", " ");
      }
    }
    return "unknown CPU";
  }

  /** The number of "processor" entries of a {@code /proc/cpuinfo} text. */
  static int logicalCpus(String cpuinfo) {
    int count = 0;
    for (String line : cpuinfo.split("\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().equals("processor")) {
        count++;
      }
    }
    return count;
  }

  /** MemTotal of a {@code /proc/meminfo} text in KiB, 0 if absent. */
  static long memTotalKib(String meminfo) {
    for (String line : meminfo.split("\n")) {
      if (line.startsWith("MemTotal:")) {
        String[] parts = line.substring("MemTotal:".length()).strip().split("\\s+");
        try {
          return Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 0;
  }

  /** PRETTY_NAME of an {@code /etc/os-release} text, unquoted; empty if absent. */
  static String prettyName(String osRelease) {
    for (String line : osRelease.split("\n")) {
      if (line.startsWith("PRETTY_NAME=")) {
        String value = line.substring("PRETTY_NAME=".length()).strip();
        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
          value = value.substring(1, value.length() - 1);
        }
        return value;
      }
    }
    return "";
  }

  /** Memory as the report writes it, e.g. {@code 23.4 GiB RAM}. */
  public String memory() {
    if (memoryKib <= 0) {
      return "unknown RAM";
    }
    return String.format(Locale.ROOT, "%.1f GiB RAM", memoryKib / (1024.0 * 1024.0));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException | SecurityException e) {
      return "";
    }
  }
}

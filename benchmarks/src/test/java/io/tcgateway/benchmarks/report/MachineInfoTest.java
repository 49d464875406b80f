package io.tcgateway.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MachineInfoTest {
  private static final String CPUINFO =
      """
      processor\t: 0
      vendor_id\t: AuthenticAMD
      model name\t: AMD EPYC 7B13   64-Core Processor
      flags\t\t: fpu vme

      processor\t: 1
      vendor_id\t: AuthenticAMD
      model name\t: AMD EPYC 7B13   64-Core Processor
      """;

  @Test
  void readsCpuModelAndCountsProcessors() {
    assertThat(MachineInfo.cpuModel(CPUINFO)).isEqualTo("AMD EPYC 7B13 64-Core Processor");
    assertThat(MachineInfo.logicalCpus(CPUINFO)).isEqualTo(2);
    assertThat(MachineInfo.cpuModel("")).isEqualTo("unknown CPU");
    assertThat(MachineInfo.logicalCpus("")).isZero();
  }

  @Test
  void readsMemTotal() {
    String meminfo = "MemTotal:       24522940 kB\nMemFree:        23000000 kB\n";

    assertThat(MachineInfo.memTotalKib(meminfo)).isEqualTo(24_522_940L);
    assertThat(MachineInfo.memTotalKib("MemFree: 1 kB\n")).isZero();
  }

  @Test
  void readsPrettyNameQuotedOrNot() {
    assertThat(MachineInfo.prettyName("NAME=\"Debian\"\nPRETTY_NAME=\"Debian GNU/Linux 12\"\n"))
        .isEqualTo("Debian GNU/Linux 12");
    assertThat(MachineInfo.prettyName("PRETTY_NAME=Alpine\n")).isEqualTo("Alpine");
    assertThat(MachineInfo.prettyName("NAME=x\n")).isEmpty();
  }

  @Test
  void formatsMemoryInGib() {
    assertThat(new MachineInfo("c", 2, 24_522_940L, "os", "k").memory()).isEqualTo("23.4 GiB RAM");
    assertThat(new MachineInfo("c", 2, 0, "os", "k").memory()).isEqualTo("unknown RAM");
  }

  @Test
  void detectsSomethingOnThisMachine() {
    MachineInfo here = MachineInfo.detect();

    assertThat(here.logicalCpus()).isPositive();
    assertThat(here.kernel()).contains(System.getProperty("os.arch"));
  }
}

package io.tcgateway.testkit.wallet;

import io.tcgateway.domain.ton.cell.BagOfCells;
import io.tcgateway.domain.ton.cell.Cell;
import io.tcgateway.domain.ton.cell.WalletContract;

/**
 * The code cells of the wallet contracts the simulated wallet can be: the same BoCs as the domain's
 * {@code cell/wallet-codes.json} test resource (a testkit test checks they stay equal), kept here
 * so the simulated wallet runs without the domain's test jar (the gateway jar's {@code demo} and
 * {@code wallet} commands).
 */
final class WalletCode {
  /**
   * V4R2 code (npm @ton/ton@16.3.0 WalletContractV4.create({workchain: 0, publicKey: ab*32}).init
   * (code and data)).
   */
  private static final String V4R2_CODE =
      "te6cckECFAEAAtQAART/APSkE/S88sgLAQIBIAIPAgFIAwYC5tAB0NMDIXGwkl8E4CLXScEgkl8E4ALT"
          + "HyGCEHBsdWe9IoIQZHN0cr2wkl8F4AP6QDAg+kQByMoHy//J0O1E0IEBQNch9AQwXIEBCPQKb6Exs5Jf"
          + "B+AF0z/IJYIQcGx1Z7qSODDjDQOCEGRzdHK6kl8G4w0EBQB4AfoA9AQw+CdvIjBQCqEhvvLgUIIQcGx1"
          + "Z4MesXCAGFAEywUmzxZY+gIZ9ADLaRfLH1Jgyz8gyYBA+wAGAIpQBIEBCPRZMO1E0IEBQNcgyAHPFvQA"
          + "ye1UAXKwjiOCEGRzdHKDHrFwgBhQBcsFUAPPFiP6AhPLassfyz/JgED7AJJfA+ICASAHDgIBIAgNAgFY"
          + "CQoAPbKd+1E0IEBQNch9AQwAsjKB8v/ydABgQEI9ApvoTGACASALDAAZrc52omhAIGuQ64X/wAAZrx32"
          + "omhAEGuQ64WPwAARuMl+1E0NcLH4AFm9JCtvaiaECAoGuQ+gIYRw1AgIR6STfSmRDOaQPp/5g3gSgBt4"
          + "EBSJhxWfMYQE+PKDCNcYINMf0x/THwL4I7vyZO1E0NMf0x/T//QE0VFDuvKhUVG68qIF+QFUEGT5EPKj"
          + "+AAkpMjLH1JAyx9SMMv/UhD0AMntVPgPAdMHIcAAn2xRkyDXSpbTB9QC+wDoMOAhwAHjACHAAuMAAcAD"
          + "kTDjDQOkyMsfEssfy/8QERITAG7SB/oA1NQi+QAFyMoHFcv/ydB3dIAYyMsFywIizxZQBfoCFMtrEszM"
          + "yXP7AMhAFIEBCPRR8qcCAHCBAQjXGPoA0z/IVCBHgQEI9FHyp4IQbm90ZXB0gBjIywXLAlAGzxZQBPoC"
          + "FMtqEssfyz/Jc/sAAgBsgQEI1xj6ANM/MFIkgQEI9Fnyp4IQZHN0cnB0gBjIywXLAlAFzxZQA/oCE8tq"
          + "yx8Syz/Jc/sAAAr0AMntVAj45Sg=";

  /**
   * V5R1 code (npm @ton/ton@16.3.0 WalletContractV5R1.create({workchain: 0, publicKey: ab*32}).init
   * (code and data)).
   */
  private static final String V5R1_CODE =
      "te6cckECFAEAAoEAART/APSkE/S88sgLAQIBIAINAgFIAwQC3NAg10nBIJFbj2Mg1wsfIIIQZXh0br0h"
          + "ghBzaW50vbCSXwPgghBleHRuuo60gCDXIQHQdNch+kAw+kT4KPpEMFi9kVvg7UTQgQFB1yH0BYMH9A5v"
          + "oTGRMOGAQNchcH/bPOAxINdJgQKAuZEw4HDiEA8CASAFDAIBIAYJAgFuBwgAGa3OdqJoQCDrkOuF/8AA"
          + "Ga8d9qJoQBDrkOuFj8ACAUgKCwAXsyX7UTQcdch1wsfgABGyYvtRNDXCgCAAGb5fD2omhAgKDrkPoCwB"
          + "AvIOAR4g1wsfghBzaWduuvLgin8PAeaO8O2i7fshgwjXIgKDCNcjIIAg1yHTH9Mf0x/tRNDSANMfINMf"
          + "0//XCgAK+QFAzPkQmiiUXwrbMeHywIffArNQB7Dy0IRRJbry4IVQNrry4Ib4I7vy0IgikvgA3gGkf8jK"
          + "AMsfAc8Wye1UIJL4D95w2zzYEAP27aLt+wL0BCFukmwhjkwCIdc5MHCUIccAs44tAdcoIHYeQ2wg10nA"
          + "CPLgkyDXSsAC8uCTINcdBscSwgBSMLDy0InXTNc5MAGk6GwShAe78uCT10rAAPLgk+1V4tIAAcAAkVvg"
          + "69csCBQgkXCWAdcsCBwS4lIQseMPINdKERITAJYB+kAB+kT4KPpEMFi68uCR7UTQgQFB1xj0BQSdf8jK"
          + "AEAEgwf0U/Lgi44UA4MH9Fvy4Iwi1woAIW4Bs7Dy0JDiyFADzxYS9ADJ7VQAcjDXLAgkji0h8uCS0gDt"
          + "RNDSAFETuvLQj1RQMJExnAGBAUDXIdcKAPLgjuLIygBYzxbJ7VST8sCN4gAQk1vbMeHXTNC01sNe";

  private static final Cell V4R2 = BagOfCells.deserializeSingleRootBase64(V4R2_CODE);
  private static final Cell V5R1 = BagOfCells.deserializeSingleRootBase64(V5R1_CODE);

  private WalletCode() {}

  /** The code cell of {@code contract} (V4R2 or V5R1). */
  static Cell of(WalletContract contract) {
    return switch (contract) {
      case V4R2 -> V4R2;
      case V5R1 -> V5R1;
      default ->
          throw new IllegalArgumentException(
              "the simulated wallet is V4R2 or V5R1, not " + contract);
    };
  }
}

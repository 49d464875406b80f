package io.tcgateway.adapter.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import io.tcgateway.application.port.out.QrCodeRenderer;
import io.tcgateway.application.port.out.QrCodeTooLongException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class ZxingQrCodeRendererTest {
  private static final String CLIENT_ID =
      "230f1e4df32364888a5dbd92a410266fcb974b73e30ff3e546a654fc8ee2c953";

  /**
   * A {@code tc://} connect link of exactly 1,000 characters, the size of a real one with proof.
   */
  static final String LINK_1000 = link(1000);

  private final QrCodeRenderer renderer = new ZxingQrCodeRenderer();

  static String link(int length) {
    String start =
        "tc://?v=2&id="
            + CLIENT_ID
            + "&trace_id=0190e1c2-3f4a-7b5c-8d6e-9f0a1b2c3d4e&r=%7B%22manifestUrl%22%3A%22https%3A%2F%2F"
            + "app.example.com%2Ftonconnect-manifest.json%22%2C%22items%22%3A%5B%7B%22name%22%3A%22"
            + "ton_addr%22%7D%2C%7B%22name%22%3A%22ton_proof%22%2C%22payload%22%3A%22";
    String end = "%22%7D%5D%7D";
    StringBuilder payload = new StringBuilder();
    String alphabet = "0123456789abcdefABCDEF";
    for (int i = 0; payload.length() < length - start.length() - end.length(); i++) {
      payload.append(alphabet.charAt((i * 7) % alphabet.length()));
    }
    return start + payload + end;
  }

  static Iterable<String> texts() {
    return java.util.List.of(
        LINK_1000,
        link(600),
        "https://app.tonkeeper.com/ton-connect?v=2&id=" + CLIENT_ID + "&r=%7B%7D&ret=back",
        "https://t.me/wallet/start?startapp=tonconnect-v__2-id__" + CLIENT_ID,
        "Подключите кошелёк — 連接錢包 ✓");
  }

  private static Result decode(BufferedImage image) throws Exception {
    return decode(image, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
  }

  private static Result decode(BufferedImage image, Map<DecodeHintType, ?> hints) throws Exception {
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    return new QRCodeReader().decode(bitmap, hints);
  }

  @ParameterizedTest
  @MethodSource("texts")
  void thePngDecodesBackToTheText(String text) throws Exception {
    byte[] png = renderer.png(text, 600).toByteArray();

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    Result result = decode(image);

    assertThat(result.getText()).isEqualTo(text);
    assertThat(result.getResultMetadata())
        .containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
  }

  @Test
  void linksOf600To1000CharactersGiveVersion19To26() {
    assertThat(LINK_1000).hasSize(1000);
    assertThat(ZxingQrCodeRenderer.encode(link(600)).getVersion().getVersionNumber()).isEqualTo(19);
    assertThat(ZxingQrCodeRenderer.encode(LINK_1000).getVersion().getVersionNumber()).isEqualTo(26);
  }

  @Test
  void thePngHasTheRequestedSizeAndAQuietZone() throws Exception {
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(renderer.png(LINK_1000, 512).toByteArray()));

    assertThat(image.getWidth()).isEqualTo(512);
    assertThat(image.getHeight()).isEqualTo(512);
    int modules = ZxingQrCodeRenderer.encode(LINK_1000).getMatrix().getWidth();
    int scale = 512 / (modules + 2 * ZxingQrCodeRenderer.QUIET_ZONE);
    int border = (512 - modules * scale) / 2;
    assertThat(border).isGreaterThanOrEqualTo(ZxingQrCodeRenderer.QUIET_ZONE * scale);
    for (int i = 0; i < 512; i++) {
      assertThat(image.getRGB(i, border - 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
      assertThat(image.getRGB(border - 1, i) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }
    assertThat(image.getRGB(border, border) & 0xFFFFFF).isZero(); // a finder pattern's corner
  }

  @Test
  void aPngSmallerThanTheCodeIsOnePixelPerModule() throws Exception {
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(renderer.png(LINK_1000, 32).toByteArray()));
    int modules = ZxingQrCodeRenderer.encode(LINK_1000).getMatrix().getWidth();

    assertThat(image.getWidth()).isEqualTo(modules + 2 * ZxingQrCodeRenderer.QUIET_ZONE);
    // A camera could not read one pixel per module; ZXing can when told the image is only the code.
    assertThat(decode(image, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText())
        .isEqualTo(LINK_1000);
  }

  @Test
  void aPngSizeOutsideTheRangeIsRejected() {
    assertThatThrownBy(() -> renderer.png("hello", QrCodeRenderer.MIN_PNG_SIZE - 1))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(QrCodeTooLongException.class)
        .hasMessageContaining("sizePx");
    assertThatThrownBy(() -> renderer.png("hello", QrCodeRenderer.MAX_PNG_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sizePx");
  }

  @Test
  void theSameTextGivesTheSameImages() {
    assertThat(renderer.png(LINK_1000, 300)).isEqualTo(renderer.png(LINK_1000, 300));
    assertThat(renderer.svg(LINK_1000)).isEqualTo(renderer.svg(LINK_1000));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void theSvgIsWellFormedWithOnePathOfTheCodesModules(String text) throws Exception {
    String svg = renderer.svg(text);
    ByteMatrix modules = ZxingQrCodeRenderer.encode(text).getMatrix();
    int size = modules.getWidth() + 2 * ZxingQrCodeRenderer.QUIET_ZONE;

    Document document = parseXml(svg);
    Element root = document.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + size + " " + size);
    assertThat(root.getAttribute("shape-rendering")).isEqualTo("crispEdges");
    assertThat(document.getElementsByTagNameNS("*", "path").getLength()).isEqualTo(1);

    boolean[][] drawn = draw(pathData(document), size);
    int dark = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int mx = x - ZxingQrCodeRenderer.QUIET_ZONE;
        int my = y - ZxingQrCodeRenderer.QUIET_ZONE;
        boolean expected =
            mx >= 0
                && my >= 0
                && mx < modules.getWidth()
                && my < modules.getHeight()
                && modules.get(mx, my) == 1;
        assertThat(drawn[y][x]).as("module (%d, %d)", x, y).isEqualTo(expected);
        dark += expected ? 1 : 0;
      }
    }
    assertThat(dark).isPositive();
  }

  @Test
  void theSvgDrawnAsPixelsDecodesBackToTheText() throws Exception {
    String svg = renderer.svg(LINK_1000);
    Document document = parseXml(svg);
    int size =
        Integer.parseInt(document.getDocumentElement().getAttribute("viewBox").split(" ")[2]);
    boolean[][] drawn = draw(pathData(document), size);

    int scale = 4;
    BufferedImage image = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, size * scale, size * scale);
    g.setColor(Color.BLACK);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        if (drawn[y][x]) {
          g.fillRect(x * scale, y * scale, scale, scale);
        }
      }
    }
    g.dispose();

    assertThat(decode(image).getText()).isEqualTo(LINK_1000);
  }

  @Test
  void textTooLongForAQrCodeGivesTheSpecificException() {
    String longest = "a".repeat(2331); // version 40-M holds 2,331 bytes
    String tooLong = longest + "a";

    assertThat(renderer.svg(longest)).startsWith("<?xml");
    assertThatThrownBy(() -> renderer.svg(tooLong))
        .isInstanceOfSatisfying(
            QrCodeTooLongException.class, e -> assertThat(e.textBytes()).isEqualTo(2332));
    assertThatThrownBy(() -> renderer.png(tooLong, 512))
        .isInstanceOf(QrCodeTooLongException.class)
        .hasMessageContaining("2332 bytes");
  }

  @Test
  void theLengthLimitCountsUtf8Bytes() {
    String cyrillic = "ж".repeat(1200); // 2,400 bytes in UTF-8

    assertThatThrownBy(() -> renderer.svg(cyrillic))
        .isInstanceOfSatisfying(
            QrCodeTooLongException.class, e -> assertThat(e.textBytes()).isEqualTo(2400));
  }

  @Test
  void emptyOrNullTextIsRejected() {
    assertThatThrownBy(() -> renderer.svg(""))
        .isInstanceOf(IllegalArgumentException.class)
        .isNotInstanceOf(QrCodeTooLongException.class);
    assertThatThrownBy(() -> renderer.png("", 256)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> renderer.svg(null)).isInstanceOf(NullPointerException.class);
  }

  private static Document parseXml(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static String pathData(Document document) {
    return ((Element) document.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d");
  }

  /** Paints the path's rectangles ({@code M x y h n v1 h-n z}) into a grid of modules. */
  private static boolean[][] draw(String d, int size) {
    Matcher m = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(d);
    boolean[][] grid = new boolean[size][size];
    int end = 0;
    while (m.find()) {
      assertThat(m.start()).as("path data is only rectangles").isEqualTo(end);
      end = m.end();
      int x = Integer.parseInt(m.group(1));
      int y = Integer.parseInt(m.group(2));
      int run = Integer.parseInt(m.group(3));
      assertThat(m.group(4)).isEqualTo(m.group(3));
      for (int i = 0; i < run; i++) {
        assertThat(grid[y][x + i]).as("module (%d, %d) drawn twice", x + i, y).isFalse();
        grid[y][x + i] = true;
      }
    }
    assertThat(end).isEqualTo(d.length());
    return grid;
  }
}

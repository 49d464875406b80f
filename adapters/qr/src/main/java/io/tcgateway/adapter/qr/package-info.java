/**
 * QR codes of connect links with ZXing: {@link io.tcgateway.adapter.qr.ZxingQrCodeRenderer}
 * implements the application's {@code QrCodeRenderer} (PNG through ZXing's {@code
 * MatrixToImageWriter}, SVG written from the module matrix), and {@link
 * io.tcgateway.adapter.qr.QrCodeRendererFactory} makes it a bean.
 */
package io.tcgateway.adapter.qr;

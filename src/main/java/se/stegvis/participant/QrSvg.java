package se.stegvis.participant;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Draws a QR code as SVG on the server: ZXing computes the modules, this class writes one
 * {@code <rect>} per horizontal run of dark modules, with the standard four-module quiet zone.
 * No third party at runtime, and the portal can inline it.
 */
final class QrSvg {
    private static final int QUIET_ZONE = 4;

    private QrSvg() {
    }

    static String of(String text, String label) {
        ByteMatrix m;
        try {
            QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M,
                    Map.of(com.google.zxing.EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            m = code.getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("QR encoding failed", e);
        }
        int size = m.getWidth() + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder(8192)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(size).append(' ').append(size)
                .append("\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"").append(escape(label))
                .append("\"><rect width=\"").append(size).append("\" height=\"").append(size)
                .append("\" fill=\"#fff\"/>");
        for (int y = 0; y < m.getHeight(); y++) {
            int x = 0;
            while (x < m.getWidth()) {
                if (m.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < m.getWidth() && m.get(x, y) == 1) {
                    x++;
                }
                svg.append("<rect x=\"").append(start + QUIET_ZONE).append("\" y=\"").append(y + QUIET_ZONE)
                        .append("\" width=\"").append(x - start).append("\" height=\"1\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

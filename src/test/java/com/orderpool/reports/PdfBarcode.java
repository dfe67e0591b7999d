package com.orderpool.reports;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the Code 128 barcode a PDF page shows, the way a scanner would: the page is rendered to
 * pixels and the bars are decoded, so a test learns that a readable barcode of the right value is
 * printed, not only that some drawing is there. Works inside the server too (PDFBox is added to the
 * test WAR, the decoder ships with the application).
 */
public final class PdfBarcode {
  private PdfBarcode() {}

  /** The value of the Code 128 barcode on a page (0-based), if one can be read. */
  public static Optional<String> code128(byte[] pdf, int page) {
    BufferedImage image;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      image = new PDFRenderer(doc).renderImageWithDPI(page, 150, ImageType.RGB);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    BinaryBitmap bitmap =
        new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
    try {
      return Optional.of(
          new MultiFormatReader()
              .decode(
                  bitmap,
                  Map.of(
                      DecodeHintType.POSSIBLE_FORMATS,
                      List.of(BarcodeFormat.CODE_128),
                      DecodeHintType.TRY_HARDER,
                      Boolean.TRUE))
              .getText());
    } catch (NotFoundException none) {
      return Optional.empty();
    }
  }
}

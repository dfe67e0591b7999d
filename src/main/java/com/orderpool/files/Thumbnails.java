package com.orderpool.files;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Makes PNG thumbnails of at most {@link #MAX_SIZE} pixels a side from PNG, JPEG and GIF files. The
 * image is read subsampled, so a large picture never has to fit in memory at full size, and images
 * with absurd dimensions (decompression bombs) get no thumbnail at all.
 */
public final class Thumbnails {
  public static final int MAX_SIZE = 240;

  /** Images with more pixels than this are not decoded. */
  static final long MAX_PIXELS = 100_000_000L;

  private Thumbnails() {}

  /**
   * Writes a thumbnail of {@code image} as PNG to {@code out}; false (and nothing written) when the
   * file cannot be decoded or is too large to decode.
   */
  public static boolean write(Path image, OutputStream out) throws IOException {
    Optional<BufferedImage> small = read(image);
    if (small.isEmpty()) {
      return false;
    }
    return ImageIO.write(scale(small.get()), "png", out);
  }

  private static Optional<BufferedImage> read(Path image) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width <= 0 || height <= 0 || width * height > MAX_PIXELS) {
          return Optional.empty();
        }
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.max(width, height) / (2L * MAX_SIZE));
        param.setSourceSubsampling(step, step, 0, 0);
        return Optional.of(reader.read(0, param));
      } catch (IOException | RuntimeException damaged) {
        return Optional.empty();
      } finally {
        reader.dispose();
      }
    }
  }

  /** Scales to fit {@link #MAX_SIZE} (never up), on a transparent background. */
  static BufferedImage scale(BufferedImage source) {
    double factor =
        Math.min(1.0, (double) MAX_SIZE / Math.max(source.getWidth(), source.getHeight()));
    int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
    BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return target;
  }
}

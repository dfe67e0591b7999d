package com.orderpool.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailsTest {
  @TempDir Path dir;

  private Path image(String format, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, w, h);
    g.dispose();
    Path file = dir.resolve("img." + format);
    assertTrue(ImageIO.write(img, format, file.toFile()));
    return file;
  }

  private static BufferedImage thumb(Path file) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(Thumbnails.write(file, out));
    return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void scalesLargeImagesToFitKeepingTheAspectRatio() throws IOException {
    BufferedImage t = thumb(image("jpg", 1200, 600));
    assertEquals(Thumbnails.MAX_SIZE, t.getWidth());
    assertEquals(Thumbnails.MAX_SIZE / 2, t.getHeight());
    BufferedImage tall = thumb(image("png", 300, 900));
    assertEquals(Thumbnails.MAX_SIZE, tall.getHeight());
    assertEquals(80, tall.getWidth());
  }

  @Test
  void neverScalesUp() throws IOException {
    BufferedImage t = thumb(image("gif", 40, 30));
    assertEquals(40, t.getWidth());
    assertEquals(30, t.getHeight());
  }

  @Test
  void damagedImagesGetNoThumbnail() throws IOException {
    Path broken = dir.resolve("broken.png");
    byte[] png = Files.readAllBytes(image("png", 50, 50));
    Files.write(broken, java.util.Arrays.copyOf(png, 30));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertFalse(Thumbnails.write(broken, out));
    assertEquals(0, out.size());
  }
}

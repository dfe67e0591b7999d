package com.orderpool.reports;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Made-up logos for tests: a PNG with a dark band and a word on it. */
public final class Logos {
  private Logos() {}

  public static byte[] png(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(0x1F3A5F));
    g.fillRoundRect(0, 0, height, height, height / 4, height / 4);
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 2));
    g.drawString("Z", height / 3, height * 2 / 3);
    g.setColor(new Color(0x1F3A5F));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, height / 3));
    g.drawString("ZAPATOS", height + height / 6, height * 5 / 8);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}

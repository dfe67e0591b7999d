package com.orderpool.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FileSnifferTest {
  private static Optional<FileType> sniff(byte[] file) {
    return FileSniffer.sniff(Arrays.copyOf(file, Math.min(file.length, FileSniffer.HEAD_BYTES)));
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage img = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(img, format, out), format);
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void recognisesRealImagesWrittenByImageIo() throws IOException {
    assertEquals(Optional.of(FileType.PNG), sniff(image("png")));
    assertEquals(Optional.of(FileType.JPEG), sniff(image("jpg")));
    assertEquals(Optional.of(FileType.GIF), sniff(image("gif")));
  }

  @Test
  void recognisesWebpPdfIllustratorAndPhotoshopHeaders() {
    assertEquals(Optional.of(FileType.WEBP), sniff(ascii("RIFF\u0024\u0000\u0000\u0000WEBPVP8 ")));
    assertEquals(Optional.of(FileType.PDF), sniff(ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n")));
    assertEquals(
        Optional.of(FileType.PDF),
        sniff(ascii("%PDF-1.6\n%AI12_FileFormatLevel: 3")),
        "Illustrator");
    assertEquals(
        Optional.of(FileType.PSD), sniff(ascii("8BPS\u0000\u0001\u0000\u0000\u0000\u0000")));
    assertEquals(Optional.of(FileType.PSD), sniff(ascii("8BPS\u0000\u0002\u0000\u0000")), "PSB");
    assertEquals(Optional.of(FileType.GIF), sniff(ascii("GIF87a\u0001\u0000")));
  }

  @Test
  void refusesRenamedAndDangerousFiles() {
    assertEquals(
        Optional.empty(), sniff(ascii("<!DOCTYPE html><script>alert(1)</script>")), "html");
    assertEquals(Optional.empty(), sniff(ascii("<?xml version=\"1.0\"?><svg xmlns=")), "svg");
    assertEquals(Optional.empty(), sniff(ascii("<svg onload=alert(1)>")), "bare svg");
    assertEquals(Optional.empty(), sniff(ascii("MZ\u0090\u0000\u0003\u0000")), "windows exe");
    assertEquals(Optional.empty(), sniff(ascii("\u007fELF\u0002\u0001\u0001")), "elf");
    assertEquals(Optional.empty(), sniff(ascii("PK\u0003\u0004\u0014\u0000")), "zip");
    assertEquals(Optional.empty(), sniff(ascii("#!/bin/sh\nrm -rf /")), "script");
    assertEquals(Optional.empty(), sniff(ascii("RIFF\u0024\u0000\u0000\u0000WAVEfmt ")), "wav");
    assertEquals(Optional.empty(), sniff(ascii("8BPS\u0000\u0007")), "unknown PSD version");
    assertEquals(Optional.empty(), sniff(ascii(" %PDF-1.7")), "PDF magic not at the start");
    assertEquals(Optional.empty(), sniff(new byte[0]), "empty");
    assertEquals(Optional.empty(), sniff(new byte[] {(byte) 0x89, 'P', 'N'}), "truncated PNG");
  }

  @Test
  void aFileNamedPngIsJudgedByItsBytesNotItsName() {
    byte[] htmlNamedPng = ascii("<html><body onload=\"steal()\"></body></html>");
    assertEquals(Optional.empty(), sniff(htmlNamedPng));
    assertEquals("page.html.png", FileNames.displayName("page.html", FileType.PNG));
    assertEquals("photo.jpg.pdf", FileNames.displayName("photo.jpg", FileType.PDF));
  }
}

package com.orderpool.reports;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Reads the text and fonts of a PDF with PDFBox, also inside the server (see {@link
 * #addLibraries}).
 */
public final class PdfText {
  private PdfText() {}

  public static String text(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one page (1-based), read in reading order: a table row comes out as one line. */
  public static String page(byte[] pdf, int page) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Font names, with " (embedded)" for embedded ones. */
  public static Set<String> fonts(byte[] pdf) {
    Set<String> names = new HashSet<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          names.add(font.getName() + (font.isEmbedded() ? " (embedded)" : ""));
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the PDFBox jars of the test class path to the test WAR. */
  public static WebArchive addLibraries(WebArchive war) {
    for (Class<?> c :
        new Class<?>[] {
          Loader.class,
          org.apache.pdfbox.io.RandomAccessRead.class,
          org.apache.fontbox.FontBoxFont.class
        }) {
      try {
        war.addAsLibraries(new File(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return war;
  }
}

package com.orderpool.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads one worksheet of an XLSX file inside the server, where the spreadsheet library of the unit
 * and browser tests is not deployed: each cell's type ({@code n} number, {@code inlineStr}, {@code
 * s} shared string...), its value, and whether the sheet has a frozen pane and an autofilter.
 */
final class XlsxSheet {
  record Cell(String type, String value, int style) {
    double number() {
      return Double.parseDouble(value);
    }
  }

  final Map<String, Cell> cells = new HashMap<>();
  boolean frozen;
  String autoFilter;

  static XlsxSheet read(byte[] xlsx, int sheet) {
    byte[] xml = entry(xlsx, "xl/worksheets/sheet" + sheet + ".xml");
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
      XlsxSheet s = new XlsxSheet();
      NodeList cs = d.getElementsByTagName("c");
      for (int i = 0; i < cs.getLength(); i++) {
        Element c = (Element) cs.item(i);
        String type = c.getAttribute("t").isEmpty() ? "n" : c.getAttribute("t");
        String value;
        if ("inlineStr".equals(type)) {
          value = c.getElementsByTagName("t").item(0).getTextContent();
        } else {
          NodeList v = c.getElementsByTagName("v");
          value = v.getLength() == 0 ? null : v.item(0).getTextContent();
        }
        int style = c.getAttribute("s").isEmpty() ? 0 : Integer.parseInt(c.getAttribute("s"));
        s.cells.put(c.getAttribute("r"), new Cell(type, value, style));
      }
      NodeList panes = d.getElementsByTagName("pane");
      s.frozen =
          panes.getLength() > 0 && "frozen".equals(((Element) panes.item(0)).getAttribute("state"));
      NodeList filters = d.getElementsByTagName("autoFilter");
      s.autoFilter =
          filters.getLength() == 0 ? null : ((Element) filters.item(0)).getAttribute("ref");
      return s;
    } catch (Exception e) {
      throw new IllegalStateException("not a readable sheet", e);
    }
  }

  Cell cell(String ref) {
    return cells.get(ref);
  }

  /** The column letter whose header (row 1) is the text. */
  String column(String header) {
    return cells.entrySet().stream()
        .filter(e -> e.getKey().matches("[A-Z]+1") && header.equals(e.getValue().value()))
        .map(e -> e.getKey().substring(0, e.getKey().length() - 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no column " + header + " in " + cells.keySet()));
  }

  private static byte[] entry(byte[] zip, String name) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError("no " + name + " in the XLSX");
  }
}

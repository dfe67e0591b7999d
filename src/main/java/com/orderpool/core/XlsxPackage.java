package com.orderpool.core;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The static parts of the XLSX package that {@link XlsxTableWriter} writes after its worksheets:
 * workbook, relationships, styles and content types; plus the XML namespaces and the XML escaping
 * shared with the worksheets.
 */
final class XlsxPackage {
  static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private static final Pattern OOXML_ESCAPE = Pattern.compile("_x\\p{XDigit}{4}_");
  private static final String CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
  private static final String RELS =
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  private static final String RELATIONSHIP =
      "<Relationship Id=\"rId%d\" Type=\"%s\" Target=\"%s\"/>";

  private XlsxPackage() {}

  /**
   * Writes workbook, relationships, styles and content types for the sheets written so far, each as
   * its own zip entry through w (which writes to zip).
   */
  static void write(
      ZipOutputStream zip, Writer w, List<String> sheetNames, List<String> filterRanges)
      throws IOException {
    entry(zip, w, "xl/workbook.xml", workbook(sheetNames, filterRanges));
    entry(zip, w, "xl/_rels/workbook.xml.rels", workbookRels(sheetNames.size()));
    entry(zip, w, "xl/styles.xml", STYLES);
    entry(zip, w, "[Content_Types].xml", contentTypes(sheetNames.size()));
    entry(
        zip,
        w,
        "_rels/.rels",
        RELS
            + RELATIONSHIP.formatted(1, REL + "/officeDocument", "xl/workbook.xml")
            + "</Relationships>");
  }

  /**
   * XML-escapes text (&amp; &lt; &gt; &quot;, CR as a character reference) and drops characters
   * illegal in XML 1.0. In cell text an underscore starting an OOXML escape such as _x0041_ is
   * itself escaped, so the text reads back unchanged.
   */
  static void escape(Writer w, String s, int n, boolean cellText) throws IOException {
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '\t', '\n' -> null;
            case '\r' -> "&#13;";
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '_' ->
                cellText && OOXML_ESCAPE.matcher(s).region(i, n).lookingAt() ? "_x005F_" : null;
            case '\uFFFE', '\uFFFF' -> "";
            default -> c < ' ' || Character.isSurrogate(c) && !paired(s, i, n) ? "" : null;
          };
      if (rep != null) {
        w.write(s, run, i - run);
        w.write(rep);
        run = i + 1;
      }
    }
    w.write(s, run, n - run);
  }

  /** Whether the surrogate at i is half of a valid pair. */
  private static boolean paired(String s, int i, int n) {
    return Character.isHighSurrogate(s.charAt(i))
        ? i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static void entry(ZipOutputStream zip, Writer w, String name, String content)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    w.write(XML);
    w.write(content);
    w.flush();
    zip.closeEntry();
  }

  private static String workbook(List<String> sheetNames, List<String> filterRanges)
      throws IOException {
    StringBuilder sheets = new StringBuilder();
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < sheetNames.size(); i++) {
      String name = attr(sheetNames.get(i));
      sheets.append(
          "<sheet name=\"%s\" sheetId=\"%d\" r:id=\"rId%d\"/>".formatted(name, i + 1, i + 1));
      names.append(
          "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"%d\" hidden=\"1\">'%s'!%s</definedName>"
              .formatted(i, name.replace("'", "''"), filterRanges.get(i)));
    }
    return """
        <workbook xmlns="%s" xmlns:r="%s"><bookViews><workbookView activeTab="0"/></bookViews>\
        <sheets>%s</sheets><definedNames>%s</definedNames></workbook>"""
        .formatted(MAIN, REL, sheets, names);
  }

  private static String attr(String s) throws IOException {
    StringWriter out = new StringWriter();
    escape(out, s, s.length(), false);
    return out.toString();
  }

  private static String workbookRels(int n) {
    StringBuilder b = new StringBuilder(RELS);
    for (int i = 1; i <= n; i++) {
      b.append(RELATIONSHIP.formatted(i, REL + "/worksheet", "worksheets/sheet" + i + ".xml"));
    }
    b.append(RELATIONSHIP.formatted(n + 1, REL + "/styles", "styles.xml"));
    return b.append("</Relationships>").toString();
  }

  private static String contentTypes(int n) {
    StringBuilder b =
        new StringBuilder(
            """
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/>\
            <Override PartName="/xl/workbook.xml" ContentType="%ssheet.main+xml"/>\
            <Override PartName="/xl/styles.xml" ContentType="%sstyles+xml"/>"""
                .formatted(CT, CT));
    for (int i = 1; i <= n; i++) {
      b.append(
          "<Override PartName=\"/xl/worksheets/sheet%d.xml\" ContentType=\"%sworksheet+xml\"/>"
              .formatted(i, CT));
    }
    return b.append("</Types>").toString();
  }

  /**
   * cellXfs: 0 default, 1 header (bold, filled), then by {@link TableWriter.Type} ordinal + 1: 2
   * INTEGER {@code #,##0} (built-in 3), 3 MONEY, 4 RATE {@code 0.00} (built-in 2), 5 DATE, 6
   * DATETIME.
   */
  private static final String STYLES =
      """
      <styleSheet xmlns="%s"><numFmts count="3">\
      <numFmt numFmtId="164" formatCode="#,##0.00;-#,##0.00"/>\
      <numFmt numFmtId="165" formatCode="yyyy-mm-dd"/>\
      <numFmt numFmtId="166" formatCode="yyyy-mm-dd hh:mm"/></numFmts>\
      <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
      <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
      <fills count="3"><fill><patternFill patternType="none"/></fill>\
      <fill><patternFill patternType="gray125"/></fill>\
      <fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/>\
      </patternFill></fill></fills>\
      <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
      <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
      <cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
      <xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>\
      %s%s%s%s%s</cellXfs>\
      <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
      </styleSheet>"""
          .formatted(MAIN, numberXf(3), numberXf(164), numberXf(2), numberXf(165), numberXf(166));

  private static String numberXf(int numFmtId) {
    return "<xf numFmtId=\"%d\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        .formatted(numFmtId);
  }
}

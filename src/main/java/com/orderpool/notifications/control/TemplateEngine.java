package com.orderpool.notifications.control;

import com.orderpool.notifications.entity.RenderedMail;
import com.orderpool.notifications.entity.TemplateParts;
import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sandboxed Mustache engine for tenant-authored templates. The model is made of maps, lists and
 * strings only, and the engine reads nothing else: no method calls or field access on objects (no
 * reflection at all), no partials, no template inheritance. HTML bodies are escaped by default;
 * subjects and plain-text bodies are not. Missing values render as empty text.
 */
public final class TemplateEngine {
  /** Which part of a template an error is in. */
  public enum Part {
    SUBJECT,
    HTML,
    TEXT
  }

  /** A template that cannot be used: the part, the line (1-based) and what is wrong. */
  public static final class TemplateError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Part part;
    private final int line;
    private final String detail;

    TemplateError(Part part, int line, String detail) {
      super(part + " line " + line + ": " + detail);
      this.part = part;
      this.line = line;
      this.detail = detail;
    }

    public Part part() {
      return part;
    }

    public int line() {
      return line;
    }

    public String detail() {
      return detail;
    }
  }

  private static final Pattern LINE = Pattern.compile("@ line (\\d+)");
  private static final String UNCLOSED = "a tag is not closed with }}";

  /** Reads maps, lists and arrays only; never calls a method or reads a field of an object. */
  private static final Mustache.Collector MAPS_ONLY =
      new BasicCollector() {
        @Override
        public <K, V> Map<K, V> createFetcherCache() {
          return new ConcurrentHashMap<>();
        }
      };

  /** Partials are refused when a template is saved; this stops them at run time as well. */
  private static final Mustache.TemplateLoader NO_INCLUDES =
      name -> {
        throw new MustacheException("templates cannot include other templates: " + name);
      };

  /** Compiled templates by source; only templates that passed the checks are kept. */
  private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

  private static final int CACHE_SIZE = 2_000;
  private static final Mustache.Compiler ESCAPED = compiler(true);
  private static final Mustache.Compiler PLAIN = compiler(false);

  private TemplateEngine() {}

  private static Mustache.Compiler compiler(boolean escapeHtml) {
    return Mustache.compiler()
        .escapeHTML(escapeHtml)
        .defaultValue("")
        .emptyStringIsFalse(true)
        .withCollector(MAPS_ONLY)
        .withLoader(NO_INCLUDES);
  }

  /** Checks all three parts; throws {@link TemplateError} for the first problem found. */
  public static void validate(TemplateParts parts) {
    compile(Part.SUBJECT, parts.subject(), PLAIN);
    compile(Part.HTML, parts.html(), ESCAPED);
    compile(Part.TEXT, parts.text(), PLAIN);
  }

  /** Renders the three parts against a model of maps, lists and strings. */
  public static RenderedMail render(TemplateParts parts, Map<String, Object> model) {
    String subject = execute(Part.SUBJECT, compile(Part.SUBJECT, parts.subject(), PLAIN), model);
    return new RenderedMail(
        oneLine(subject),
        execute(Part.HTML, compile(Part.HTML, parts.html(), ESCAPED), model),
        execute(Part.TEXT, compile(Part.TEXT, parts.text(), PLAIN), model));
  }

  /** Renders an HTML layout around an already rendered (and escaped) body. */
  public static String wrap(String layout, String body, Map<String, Object> model) {
    Map<String, Object> withBody = new java.util.HashMap<>(model);
    withBody.put("content", body);
    return execute(Part.HTML, compile(Part.HTML, layout, ESCAPED), withBody);
  }

  private static Template compile(Part part, String source, Mustache.Compiler compiler) {
    String key = (compiler == ESCAPED ? "E" : "P") + (source == null ? "" : source);
    Template cached = COMPILED.get(key);
    if (cached != null) {
      return cached;
    }
    Template checked = compileChecked(part, source, compiler);
    if (COMPILED.size() >= CACHE_SIZE) {
      COMPILED.clear();
    }
    COMPILED.put(key, checked);
    return checked;
  }

  private static Template compileChecked(Part part, String source, Mustache.Compiler compiler) {
    Template template;
    try {
      template = compiler.compile(source == null ? "" : source);
    } catch (MustacheException e) {
      throw new TemplateError(part, lineOf(e), withoutLine(e.getMessage()));
    }
    List<String> refused = new ArrayList<>();
    template.visit(new Refusals(refused));
    if (!refused.isEmpty()) {
      String first = refused.get(0);
      int line = first.equals(UNCLOSED) ? lineOfUnclosed(source) : lineOfTag(source, first);
      throw new TemplateError(part, line, first);
    }
    return template;
  }

  private static String execute(Part part, Template template, Map<String, Object> model) {
    try {
      return template.execute(model);
    } catch (MustacheException e) {
      throw new TemplateError(part, lineOf(e), withoutLine(e.getMessage()));
    }
  }

  private static int lineOf(MustacheException e) {
    Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
    return m.find() ? Integer.parseInt(m.group(1)) : 1;
  }

  private static String withoutLine(String message) {
    return message == null ? "invalid template" : LINE.matcher(message).replaceAll("").strip();
  }

  /** The line of the first tag that names {@code what} (after its "{{> " or "{{< "). */
  private static int lineOfTag(String source, String refusal) {
    String name = refusal.substring(refusal.indexOf(':') + 1).strip();
    Matcher m = Pattern.compile("\\{\\{\\s*[<>$]\\s*" + Pattern.quote(name)).matcher(source);
    return m.find() ? lineAt(source, m.start()) : 1;
  }

  /** The line of the first "{{" that has no "}}" before the next "{{". */
  private static int lineOfUnclosed(String source) {
    int at = source.indexOf("{{");
    while (at >= 0) {
      int from = at + (source.startsWith("{{{", at) ? 3 : 2);
      int close = source.indexOf("}}", from);
      int next = source.indexOf("{{", from);
      if (close < 0 || (next >= 0 && next < close)) {
        return lineAt(source, at);
      }
      at = next;
    }
    return 1;
  }

  private static int lineAt(String source, int index) {
    return (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ").strip();
  }

  /** Collects the constructs that would reach outside the model. */
  private record Refusals(List<String> found) implements Mustache.Visitor {
    @Override
    public void visitText(String text) {
      if (text.contains("{{")) {
        found.add(UNCLOSED);
      }
    }

    @Override
    public void visitVariable(String name) {}

    @Override
    public boolean visitInclude(String name) {
      found.add("partials are not allowed: " + name);
      return false;
    }

    @Override
    public boolean visitParent(String name) {
      found.add("template inheritance is not allowed: " + name);
      return false;
    }

    @Override
    public boolean visitBlock(String name) {
      found.add("blocks are not allowed: " + name);
      return false;
    }

    @Override
    public boolean visitSection(String name) {
      return true;
    }

    @Override
    public boolean visitInvertedSection(String name) {
      return true;
    }
  }
}

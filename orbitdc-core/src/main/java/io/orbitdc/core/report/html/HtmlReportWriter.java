package io.orbitdc.core.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.orbitdc.core.files.AtomicOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Writes an {@link HtmlReport} as one self-contained {@code report.html}: the page, its style,
 * Apache ECharts' minified script (from the {@code org.webjars.npm:echarts} jar on the classpath)
 * and every chart's data inlined, so that it opens from {@code file://} with no network (its
 * Content-Security-Policy forbids any fetch). Untrusted text (scenario name, file, notes, labels) is
 * HTML-escaped; the inlined JSON escapes {@code <}, {@code >} and {@code &} so that no text can end
 * its script element. Same report, same bytes.
 */
public final class HtmlReportWriter {

    /** The file the writer creates in its directory. */
    public static final String FILE = "report.html";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RESOURCES = "/io/orbitdc/core/report/html/";
    private static final String ECHARTS_POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
    /** The page's Content-Security-Policy: inline script and style only, no fetch of any kind. */
    public static final String POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
            + " img-src data: blob:";

    private HtmlReportWriter() {
    }

    /** Writes {@code dir/report.html} atomically (a temporary file moved into place) and returns it. */
    public static Path write(HtmlReport report, Path dir) {
        Path target = dir.resolve(FILE);
        AtomicOutput.writeString(target, render(report));
        return target;
    }

    /** The page as text. */
    public static String render(HtmlReport report) {
        StringBuilder h = new StringBuilder(1 << 20);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"orbitdc report\">\n")
                .append("<title>orbitdc report: ").append(escape(report.scenario())).append("</title>\n")
                .append("<style>\n").append(resource(RESOURCES + "report.css")).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>").append(escape(report.scenario())).append("</h1>\n<p class=\"file\">")
                .append(escape(report.file())).append("</p>\n");
        figures(h, report.headline());
        h.append("</header>\n<nav>");
        for (HtmlReport.Section s : report.sections()) {
            h.append("<a href=\"#").append(s.id()).append("\">").append(escape(s.title())).append("</a>");
        }
        h.append("<a href=\"#notes\">Notes</a></nav>\n");
        ObjectNode charts = JsonNodeFactory.instance.objectNode();
        for (HtmlReport.Section s : report.sections()) {
            h.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(escape(s.title())).append("</h2>\n")
                    .append("<p class=\"intro\">").append(escape(s.intro())).append("</p>\n");
            figures(h, s.figures());
            s.selector().ifPresent(label -> selector(h, s, label));
            h.append("<div class=\"charts\">\n");
            for (Chart c : s.charts()) {
                h.append("<div class=\"chart\" id=\"chart-").append(c.id()).append("\" data-chart=\"").append(c.id())
                        .append("\" role=\"img\" aria-label=\"").append(escape(c.title())).append("\"></div>\n");
                charts.set(c.id(), chartData(c));
            }
            h.append("</div>\n</section>\n");
        }
        h.append("<section id=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
        for (String note : report.notes()) {
            h.append("<li>").append(escape(note)).append("</li>\n");
        }
        h.append("</ul>\n</section>\n<footer>Made by orbitdc (docs/report.md says where each number comes from)."
                + " Charts drawn by Apache ECharts ").append(echartsVersion()).append(" (Apache License 2.0),"
                + " inlined in this page.</footer>\n");
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.set("charts", charts);
        EChartsOptions.requireFinite(data, "report data");
        h.append("<script type=\"application/json\" id=\"orbitdc-data\">").append(scriptSafeJson(data))
                .append("</script>\n");
        h.append("<script>\n").append(echarts()).append("\n</script>\n");
        h.append("<script>\n").append(resource(RESOURCES + "report.js")).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static ObjectNode chartData(Chart c) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("title", c.title());
        n.set("option", c.option());
        ArrayNode variants = n.putArray("variants");
        for (Chart.Variant v : c.variants()) {
            ObjectNode o = variants.addObject();
            o.put("label", v.label());
            o.set("series", v.series());
        }
        return n;
    }

    private static void figures(StringBuilder h, java.util.List<HtmlReport.Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        h.append("<div class=\"figures\">\n");
        for (HtmlReport.Figure f : figures) {
            h.append("<div class=\"figure\"><div class=\"label\">").append(escape(f.label()))
                    .append("</div><div class=\"value\">").append(escape(f.value())).append("</div>");
            if (!f.detail().isEmpty()) {
                h.append("<div class=\"detail\">").append(escape(f.detail())).append("</div>");
            }
            h.append("</div>\n");
        }
        h.append("</div>\n");
    }

    private static void selector(StringBuilder h, HtmlReport.Section s, String label) {
        java.util.List<Chart.Variant> variants = s.charts().stream().filter(c -> !c.variants().isEmpty())
                .findFirst().map(Chart::variants).orElse(java.util.List.of());
        h.append("<div class=\"selector\"><label>").append(escape(label)).append(" <select class=\"variant\" id=\"select-")
                .append(s.id()).append("\">");
        for (int i = 0; i < variants.size(); i++) {
            h.append("<option value=\"").append(i).append("\">").append(escape(variants.get(i).label())).append("</option>");
        }
        h.append("</select></label></div>\n");
    }

    /** {@code text} safe as HTML text or a quoted attribute value. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Compact JSON in which no character can close the script element or start a comment. */
    static String scriptSafeJson(ObjectNode data) {
        try {
            return MAPPER.writeValueAsString(data).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the report's data", e);
        }
    }

    /** The ECharts version on the classpath (its WebJar's Maven metadata). */
    static String echartsVersion() {
        Properties p = new Properties();
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(ECHARTS_POM)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts WebJar (org.webjars.npm:echarts) is not on the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static String echarts() {
        String js = resource("/META-INF/resources/webjars/echarts/" + echartsVersion() + "/dist/echarts.min.js");
        if (js.contains("</script")) {
            throw new IllegalStateException("echarts.min.js contains '</script' and cannot be inlined");
        }
        return js;
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package uk.selfcheck.report;

import org.owasp.encoder.Encode;
import uk.selfcheck.model.Grade;

/**
 * The page every HTML output shares: one self-contained file with its style inline, readable on a phone and
 * printable, and a content security policy that forbids scripts and any fetch, so that even text which slipped past
 * escaping could neither run nor call out. Every piece of text goes through {@link #text}.
 */
final class Html {
    private static final String STYLE = String.join("\n",
            ":root{--ink:#1d1d1b;--muted:#565656;--line:#d4d4d4;--outstanding:#1b5e20;--good:#2e7d32;"
                    + "--ri:#a65f00;--inadequate:#b3261e;--ungraded:#757575;--note:#fff4e0}",
            "*{box-sizing:border-box}",
            "body{margin:0;color:var(--ink);background:#fff;font:16px/1.5 system-ui,-apple-system,\"Segoe UI\","
                    + "Roboto,\"Helvetica Neue\",Arial,sans-serif}",
            "main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem;overflow-wrap:break-word}",
            "h1{font-size:1.9rem;line-height:1.2;margin:.25rem 0 .75rem}",
            "h2{font-size:1.4rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:2px solid var(--ink)}",
            "h3{font-size:1.15rem;margin:1.5rem 0 .25rem}",
            "h4{font-size:1rem;margin:1rem 0 .25rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}",
            ".kicker{margin:0;color:var(--muted);font-size:.85rem;text-transform:uppercase;letter-spacing:.08em}",
            ".prediction{border-left:6px solid var(--ri);background:var(--note);padding:.75rem 1rem;margin:1rem 0}",
            ".meta,figcaption,footer{color:var(--muted);font-size:.9rem}",
            ".table-wrap{max-width:100%;overflow-x:auto}",
            "table{border-collapse:collapse;width:100%;margin:.5rem 0}",
            "th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--line)}",
            "td.n,th.n{text-align:right}",
            ".grade{font-weight:700;white-space:nowrap}",
            ".g-outstanding{color:var(--outstanding)}.g-good{color:var(--good)}"
                    + ".g-requires_improvement{color:var(--ri)}.g-inadequate{color:var(--inadequate)}"
                    + ".g-ungraded{color:var(--ungraded)}",
            "figure{margin:1rem 0}",
            "img,svg{display:block;width:100%;max-width:min(100%," + Charts.WIDTH + "px);height:auto}",
            "svg text{font-family:inherit}",
            ".finding{border-left:4px solid var(--line);padding:.1rem 0 .1rem .85rem;margin:.75rem 0}",
            ".finding.strength{border-color:var(--good)}.finding.weakness{border-color:var(--inadequate)}",
            ".finding p{margin:.2rem 0}",
            ".finding .title{font-weight:700}",
            ".id{font:.8rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}",
            ".evidence{margin:.3rem 0;padding:.3rem .75rem;background:#f4f4f4;border-radius:4px}",
            ".sources{margin:.3rem 0 0;padding-left:1.2rem;color:var(--muted);font-size:.88rem}",
            "ol.improve li{margin:.4rem 0}",
            "ol.priorities li{margin:.75rem 0}ol.priorities p{margin:.15rem 0}",
            ".lifts{font-weight:700}",
            ".edit,.muted{color:var(--muted)}.edit small{font:.8rem ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}",
            ".appendix,.edit{overflow-wrap:anywhere}.appendix{font-size:.85rem;color:var(--muted)}.appendix h3{font-size:1rem}",
            "ul.ids{padding-left:1.2rem;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}",
            ".letter p{max-width:42rem}",
            "@media (max-width:40rem){body{font-size:15px}.grade{white-space:normal}main{padding:.75rem .85rem 2rem}h1{font-size:1.45rem}"
                    + "h2{font-size:1.2rem}th,td{padding:.35rem .3rem}"
                    + "table.judgements thead{display:none}table.judgements tr{display:block;padding:.4rem 0;"
                    + "border-bottom:1px solid var(--line)}table.judgements td{display:block;border:0;padding:.1rem 0}"
                    + "table.judgements td.n{display:inline-block;margin-right:1rem;color:var(--muted)}"
                    + "table.judgements td.n:empty{display:none}"
                    + "table.judgements td.n::before{content:attr(data-label) \": \"}}",
            "@media print{@page{margin:16mm}body{font-size:10.5pt}main{max-width:none;padding:0}"
                    + ".prediction{background:none;border:2px solid #000}h2{break-after:avoid}h3,h4{break-after:avoid}"
                    + ".finding,figure,tr,ol.priorities li{break-inside:avoid}svg{max-width:9cm}"
                    + "#balance,.sources{display:none}.finding{margin:.35rem 0}.finding p{margin:0}"
                    + "section.area{font-size:9pt}#balance+section.area,#raise+section.area{break-before:page}"
                    + "#appendix{break-before:page;font-size:8pt}"
                    + "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}");

    private Html() {
    }

    /** Text for element content or a double-quoted attribute: every character that could start markup is escaped. */
    static String text(String s) {
        return s == null ? "" : Encode.forHtml(s);
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
                + "<title>" + text(title) + "</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n<main>\n"
                + body + "</main>\n</body>\n</html>\n";
    }

    /** The CSS class that colours a grade; {@code null} for an area that could not be graded. */
    static String gradeClass(Grade grade) {
        return "g-" + (grade == null ? "ungraded" : grade.id());
    }

    static String grade(Grade grade) {
        return "<span class=\"grade " + gradeClass(grade) + "\">" + (grade == null ? "Not graded" : text(grade.label()))
                + "</span>";
    }
}

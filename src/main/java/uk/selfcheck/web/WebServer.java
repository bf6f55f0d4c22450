package uk.selfcheck.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import uk.selfcheck.engine.EvaluationException;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.YamlNode;
import uk.selfcheck.input.YamlReader;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.report.JsonReport;
import uk.selfcheck.template.SelfAssessmentTemplate;

/**
 * The local web page of {@code selfcheck serve}: the self-assessment as a form, the predicted judgements beside it,
 * the full report, and saving back to the file. It listens on 127.0.0.1 only, answers only requests that pass
 * {@link Security}, and handles one request at a time with the rule pack it was given, loaded once.
 */
public final class WebServer {
    /** Larger than any self-assessment by far; a request body past it is refused unread. */
    public static final int MAX_BODY = 1024 * 1024;
    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";
    /** The report is the same self-contained page {@code check --format html} writes: its style inline, no script. */
    private static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private final Checker checker;
    private final AssessmentFile file;
    private final String shown;
    private final PrintWriter log;
    private final String token;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Security security;
    /** The answers the page last sent to be checked: what {@code GET /report} reports. */
    private volatile byte[] latest;

    private WebServer(Checker checker, AssessmentFile file, String shown, PrintWriter log, HttpServer server,
                      String token) {
        this.checker = checker;
        this.file = file;
        this.shown = shown;
        this.log = log;
        this.server = server;
        this.token = token;
        this.security = new Security(token, server.getAddress().getPort());
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "selfcheck-serve");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    /**
     * Starts serving {@code file} on 127.0.0.1.
     *
     * @param port the port, or 0 for any free one
     * @param shown the file's name as messages and reports give it
     */
    public static WebServer start(uk.selfcheck.engine.RulePack pack, java.nio.file.Path file, String shown, int port,
                                  PrintWriter log) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 16);
        WebServer web = new WebServer(new Checker(pack), new AssessmentFile(file), shown, log, http,
                Security.newToken());
        http.start();
        return web;
    }

    /** The address to open, secret included. */
    public String address() {
        return "http://127.0.0.1:" + port() + "/?token=" + token;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String token() {
        return token;
    }

    public void stop() {
        server.stop(0);
        executor.shutdownNow();
    }

    /**
     * Reads the file as {@code check} would, or the template {@code init} writes when there is no file yet; an
     * invalid file is refused with check's messages.
     */
    public void checkFile() throws IOException, InputException {
        byte[] bytes = file.bytes();
        checker.read(bytes == null ? template() : bytes, shown);
    }

    private byte[] fileOrTemplate() throws IOException {
        byte[] bytes = file.bytes();
        return bytes == null ? template() : bytes;
    }

    private byte[] template() {
        var manifest = checker.pack().manifest();
        Framework framework = manifest.framework(manifest.defaultFramework()).orElseThrow();
        return new SelfAssessmentTemplate(manifest, checker.pack().catalog())
                .render(framework, LocalDate.now(), "selfcheck.schema.json").getBytes(StandardCharsets.UTF_8);
    }

    private void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        int status;
        try (exchange) {
            status = respond(exchange);
        } catch (IOException | RuntimeException e) {
            status = 500;
            log.println("selfcheck serve: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath()
                    + " failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
                    + e.getMessage()));
            try {
                send(exchange, 500, "text/plain", "internal error; the server's log says what happened");
            } catch (IOException | RuntimeException ignored) {
                // the response had already started, or the connection is gone
            }
        }
        log.printf(Locale.ROOT, "selfcheck serve: %s %s %d (%d ms)%n", exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(), status, (System.nanoTime() - started) / 1_000_000);
    }

    private int respond(HttpExchange exchange) throws IOException {
        String refusal;
        try {
            refusal = security.refusal(exchange);
        } catch (IllegalArgumentException e) {
            refusal = "refused: the address is malformed";
        }
        if (refusal != null) {
            return send(exchange, 403, "text/plain", refusal);
        }
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/":
                return method.equals("GET") ? page(exchange) : notAllowed(exchange, "GET");
            case "/static/page.js":
            case "/static/page.css":
                return method.equals("GET") ? asset(exchange, path.substring("/static/".length()))
                        : notAllowed(exchange, "GET");
            case "/api/check":
                return method.equals("POST") ? check(exchange, true) : notAllowed(exchange, "POST");
            case "/api/predict":
                return method.equals("POST") ? check(exchange, false) : notAllowed(exchange, "POST");
            case "/api/switch":
                return method.equals("POST") ? switchFramework(exchange) : notAllowed(exchange, "POST");
            case "/api/save":
                return method.equals("POST") ? save(exchange) : notAllowed(exchange, "POST");
            case "/report":
                if (method.equals("GET")) {
                    return report(exchange, latest != null ? latest : fileOrTemplate(), false, false);
                }
                return method.equals("POST") ? postedReport(exchange) : notAllowed(exchange, "GET, POST");
            default:
                return send(exchange, 404, "text/plain", "not found: " + path);
        }
    }

    private int page(HttpExchange exchange) throws IOException {
        byte[] bytes = file.bytes();
        String version = AssessmentFile.version(bytes);
        byte[] yaml = bytes == null ? template() : bytes;
        SelfAssessment assessment;
        YamlNode root;
        try {
            assessment = checker.read(yaml, shown);
            root = YamlReader.readAll(yaml, shown).root();
        } catch (InputException e) {
            StringBuilder body = new StringBuilder("The file cannot be shown as a form until these are fixed:\n\n");
            e.errors().forEach(error -> body.append(error.format()).append('\n'));
            body.append('\n').append(Checker.summary(e)).append('\n');
            return send(exchange, 422, "text/plain", body.toString());
        }
        latest = yaml;
        var manifest = checker.pack().manifest();
        Framework framework = manifest.framework(assessment.header().framework()).orElseThrow();
        FormPage.Values values = new FrameworkSwitch(manifest, checker.pack().catalog()).to(framework, assessment, root)
                .values();
        String html = new FormPage(manifest, checker.pack().catalog()).render(values, shown, version, token,
                bytes == null ? 0 : Comments.count(yaml));
        exchange.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
        return send(exchange, 200, "text/html", html);
    }

    /**
     * The form's sections for another framework, from the answers the page sends, with what the switch would drop
     * (for the page to show the leader before anything is dropped).
     */
    private int switchFramework(HttpExchange exchange) throws IOException {
        byte[] body = body(exchange);
        if (body == null) {
            return tooLarge(exchange);
        }
        var manifest = checker.pack().manifest();
        String id = Security.query(exchange.getRequestURI().getRawQuery(), "framework");
        Framework target = id == null ? null : manifest.framework(id).orElse(null);
        if (target == null) {
            return send(exchange, 400, "application/json", message("error", "the framework '" + id + "' is not one "
                    + "of this rule pack's: " + String.join(", ", manifest.frameworks().keySet())));
        }
        SelfAssessment assessment;
        YamlNode root;
        try {
            assessment = checker.read(body, shown);
            root = YamlReader.readAll(body, shown).root();
        } catch (InputException e) {
            return send(exchange, 422, "application/json", Checker.errors(e));
        }
        FrameworkSwitch.Result result = new FrameworkSwitch(manifest, checker.pack().catalog()).to(target,
                assessment, root);
        ObjectNode json = JsonReport.MAPPER.createObjectNode();
        json.put("framework", target.id());
        json.put("title", target.title());
        var dropped = json.putArray("dropped");
        result.dropped().forEach(dropped::add);
        json.put("form", new FormPage(manifest, checker.pack().catalog()).form(result.values()));
        return send(exchange, 200, "application/json", Checker.write(json));
    }

    private int asset(HttpExchange exchange, String name) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            if (in == null) {
                return send(exchange, 404, "text/plain", "not found: " + name);
            }
            byte[] bytes = in.readAllBytes();
            String type = name.endsWith(".js") ? "text/javascript" : "text/css";
            return send(exchange, 200, type, bytes);
        }
    }

    /** @param whole the whole report, as check gives it; else the judgements without what would raise them */
    private int check(HttpExchange exchange, boolean whole) throws IOException {
        byte[] body = body(exchange);
        if (body == null) {
            return tooLarge(exchange);
        }
        try {
            String json = whole ? checker.json(body, shown) : checker.predict(body, shown);
            latest = body;
            return send(exchange, 200, "application/json", json);
        } catch (InputException e) {
            return send(exchange, 422, "application/json", Checker.errors(e));
        } catch (EvaluationException e) {
            return packFault(exchange, e);
        }
    }

    private int save(HttpExchange exchange) throws IOException {
        byte[] body = body(exchange);
        if (body == null) {
            return tooLarge(exchange);
        }
        String expected = exchange.getRequestHeaders().getFirst("X-Selfcheck-Version");
        if (expected == null) {
            expected = Security.query(exchange.getRequestURI().getRawQuery(), "version");
        }
        if (expected == null) {
            return send(exchange, 400, "application/json", message("error",
                    "the save does not say which version of the file the page was built from; reload the page"));
        }
        try {
            checker.read(body, shown);
        } catch (InputException e) {
            return send(exchange, 422, "application/json", Checker.errors(e));
        }
        try {
            byte[] current = file.bytes();
            if (!AssessmentFile.version(current).equals(expected)) {
                throw new AssessmentFile.Stale();
            }
            // the file as the page loaded it (or the template it started from), with the form's values written in
            String loaded = current == null ? new String(template(), StandardCharsets.UTF_8)
                    : new String(current, StandardCharsets.UTF_8);
            java.util.Optional<String> edited = InPlaceEdit.edit(loaded, new String(body, StandardCharsets.UTF_8));
            byte[] written = edited.map(text -> text.getBytes(StandardCharsets.UTF_8)).orElse(body);
            String version = file.save(written, expected);
            int before = current == null ? 0 : Comments.count(current);
            int kept = edited.isPresent() ? Math.min(before, Comments.count(written)) : 0;
            log.println("selfcheck serve: saved " + shown + (before == 0 ? "" : edited.isPresent()
                    ? " keeping " + kept + " of its " + before + " comments" : " without its comments"));
            ObjectNode root = JsonReport.MAPPER.createObjectNode();
            root.put("saved", shown);
            root.put("version", version);
            root.put("comments", before);
            root.put("comments_kept", kept);
            root.put("message", savedMessage(before, kept, edited.isPresent()));
            return send(exchange, 200, "application/json", Checker.write(root));
        } catch (AssessmentFile.Stale e) {
            return send(exchange, 409, "application/json", message("error", shown + " has changed on disk since "
                    + "this page loaded it, so it was not saved (saving would overwrite those changes). Reload the "
                    + "page to see the file as it is now; the changes made here will be lost, so copy any you need "
                    + "first."));
        }
    }

    /** What a save says about the file's comments: kept, some taken out with their answers, or lost. */
    private String savedMessage(int before, int kept, boolean inPlace) {
        String saved = "Saved to " + shown;
        if (before == 0) {
            return saved + ".";
        }
        String comments = before == 1 ? "its comment" : "its " + before + " comments";
        if (!inPlace) {
            return saved + ", but without " + comments + ": the file is laid out in a way this page cannot change "
                    + "line by line (the whole file written in braces, for one), so the answers were written "
                    + "afresh.";
        }
        if (kept == before) {
            return saved + ", keeping " + (before == 1 ? "its comment." : "all " + before + " of its comments.");
        }
        int gone = before - kept;
        return saved + ", keeping " + kept + " of " + comments + "; " + gone + (gone == 1 ? " was" : " were")
                + " beside answers taken out, and went with them.";
    }

    private int postedReport(HttpExchange exchange) throws IOException {
        byte[] body = body(exchange);
        if (body == null) {
            return tooLarge(exchange);
        }
        String form = new String(body, StandardCharsets.ISO_8859_1);
        String yaml;
        try {
            yaml = Security.query(form, "yaml");
        } catch (IllegalArgumentException e) {
            yaml = null;
        }
        if (yaml == null) {
            return send(exchange, 400, "text/plain", "the request holds no self-assessment (a field named yaml)");
        }
        // the letter's buttons send letter=open or letter=download; the report's, download=no or yes
        String letter = Security.query(form, "letter");
        return report(exchange, yaml.getBytes(StandardCharsets.UTF_8), letter != null,
                "yes".equals(Security.query(form, "download")) || "download".equals(letter));
    }

    /** @param letter the predicted letter ({@code check --letter --format html}) rather than the report */
    private int report(HttpExchange exchange, byte[] yaml, boolean letter, boolean download) throws IOException {
        try {
            String html = checker.html(yaml, shown, letter);
            exchange.getResponseHeaders().set("Content-Security-Policy", REPORT_POLICY);
            if (download) {
                exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"selfcheck-"
                        + (letter ? "letter" : "report") + ".html\"");
            }
            return send(exchange, 200, "text/html", html);
        } catch (InputException e) {
            StringBuilder body = new StringBuilder();
            e.errors().forEach(error -> body.append(error.format()).append('\n'));
            body.append(Checker.summary(e)).append('\n');
            return send(exchange, 422, "text/plain", body.toString());
        } catch (EvaluationException e) {
            return packFault(exchange, e);
        }
    }

    private int packFault(HttpExchange exchange, EvaluationException e) throws IOException {
        log.println("rule pack fault: " + e.getMessage());
        return send(exchange, 500, "application/json", message("error", "rule pack fault: " + e.getMessage()
                + "; the rule pack is broken, no report was produced"));
    }

    private int tooLarge(HttpExchange exchange) throws IOException {
        return send(exchange, 413, "text/plain", "refused: the request is larger than " + MAX_BODY / 1024
                + " KiB, far more than any self-assessment needs");
    }

    private static String message(String key, String text) {
        ObjectNode root = JsonReport.MAPPER.createObjectNode();
        root.put(key, text);
        return Checker.write(root);
    }

    /** The request body, or null when it is larger than {@link #MAX_BODY} (then left unread past the limit). */
    private static byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY) {
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            return bytes.length > MAX_BODY ? null : bytes;
        }
    }

    private static int notAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        return send(exchange, 405, "text/plain", "method not allowed; use " + allowed);
    }

    private static int send(HttpExchange exchange, int status, String type, String body) throws IOException {
        return send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static int send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type + "; charset=utf-8");
        if (!headers.containsKey("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        }
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Cache-Control", "no-store");
        headers.set("Cross-Origin-Resource-Policy", "same-origin");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return status;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
            // sent now: closing first reads what is left of the request, which a refused body may never finish
            out.flush();
        }
        return status;
    }
}

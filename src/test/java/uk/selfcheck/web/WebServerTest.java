package uk.selfcheck.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.cli.Cli;
import uk.selfcheck.report.JsonReport;

class WebServerTest {
    private static final Path SEED = Path.of("fixtures/seeds/gateshead-2015.yaml");

    @TempDir
    Path temp;

    private final List<WebServer> servers = new ArrayList<>();
    private final StringWriter log = new StringWriter();

    @AfterEach
    void stop() {
        servers.forEach(WebServer::stop);
    }

    private WebServer serve(Path file) throws IOException {
        WebServer server = WebServer.start(ShippedPack.get(), file, file.toString(), 0, new PrintWriter(log, true));
        servers.add(server);
        return server;
    }

    private static String host(WebServer server) {
        return "127.0.0.1:" + server.port();
    }

    private static Http get(WebServer server, String target) throws IOException {
        return Http.send(server.port(), "GET", target, host(server), null);
    }

    private static Http post(WebServer server, String path, byte[] body, String... headers) throws IOException {
        String[] all = new String[headers.length + 1];
        all[0] = "X-Selfcheck-Token: " + server.token();
        System.arraycopy(headers, 0, all, 1, headers.length);
        return Http.send(server.port(), "POST", path, host(server), body, all);
    }

    @Test
    void prints_an_address_on_127_0_0_1_with_a_secret_of_its_own() throws IOException {
        WebServer one = serve(SEED);
        WebServer two = serve(SEED);
        assertTrue(one.address().matches("http://127\\.0\\.0\\.1:[0-9]+/\\?token=[A-Za-z0-9_-]{43}"), one.address());
        assertFalse(one.token().equals(two.token()));
    }

    @Test
    void refuses_a_request_without_the_secret_or_with_a_wrong_one() throws IOException {
        WebServer server = serve(SEED);
        Http none = get(server, "/");
        assertEquals(403, none.status());
        assertTrue(none.text().contains("needs this run's secret"), none.text());
        assertEquals(403, get(server, "/?token=" + server.token().substring(1) + "x").status());
        assertEquals(403, get(server, "/static/page.js").status());
        Http noTokenPost = Http.send(server.port(), "POST", "/api/check", host(server), Files.readAllBytes(SEED));
        assertEquals(403, noTokenPost.status());
        assertEquals(200, get(server, "/?token=" + server.token()).status());
        assertEquals(200, get(server, "/static/page.js?token=" + server.token()).status());
    }

    @Test
    void refuses_a_foreign_host_header() throws IOException {
        WebServer server = serve(SEED);
        String target = "/?token=" + server.token();
        Http foreign = Http.send(server.port(), "GET", target, "attacker.example:" + server.port(), null);
        assertEquals(403, foreign.status());
        assertTrue(foreign.text().contains("answers only to http://127.0.0.1"), foreign.text());
        assertEquals(403, Http.send(server.port(), "GET", target, "127.0.0.1:1", null).status());
        assertEquals(403, Http.send(server.port(), "GET", target, "127.0.0.1", null).status());
        assertEquals(200, Http.send(server.port(), "GET", target, "localhost:" + server.port(), null).status());
    }

    @Test
    void refuses_a_foreign_origin() throws IOException {
        WebServer server = serve(SEED);
        byte[] yaml = Files.readAllBytes(SEED);
        Http foreign = post(server, "/api/check", yaml, "Origin: http://attacker.example");
        assertEquals(403, foreign.status());
        assertTrue(foreign.text().contains("comes from another site"), foreign.text());
        assertEquals(403, post(server, "/api/save", yaml, "Origin: null").status());
        assertEquals(403, post(server, "/api/check", yaml, "Origin: http://127.0.0.1:" + (server.port() + 1))
                .status());
        assertEquals(200, post(server, "/api/check", yaml, "Origin: http://127.0.0.1:" + server.port()).status());
    }

    @Test
    void refuses_an_oversized_body() throws IOException {
        WebServer server = serve(SEED);
        Http declared = post(server, "/api/check", "authority: x\n".getBytes(StandardCharsets.UTF_8),
                "Content-Length: " + (50L * 1024 * 1024));
        assertEquals(413, declared.status());
        assertTrue(declared.text().contains("larger than 1024 KiB"), declared.text());
        byte[] big = ("# " + "x".repeat(WebServer.MAX_BODY) + "\n").getBytes(StandardCharsets.UTF_8);
        Http chunked = post(server, "/api/check", big, "Transfer-Encoding: chunked");
        assertEquals(413, chunked.status());
    }

    @Test
    void every_answer_carries_the_protective_headers() throws IOException {
        WebServer server = serve(SEED);
        for (Http response : List.of(get(server, "/?token=" + server.token()), get(server, "/"),
                post(server, "/api/check", Files.readAllBytes(SEED)))) {
            assertEquals("nosniff", response.header("X-Content-Type-Options"));
            assertEquals("no-referrer", response.header("Referrer-Policy"));
            assertTrue(response.header("Content-Security-Policy").startsWith("default-src"));
        }
        Http page = get(server, "/?token=" + server.token());
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'self'"));
        assertFalse(page.header("Content-Security-Policy").contains("unsafe-inline"));
        assertFalse(page.text().contains("<script>"), "no inline script");
        assertFalse(page.text().contains("<style"), "no inline style");
        assertFalse(page.text().contains(" style="), "no inline style");
        assertFalse(Pattern.compile(" on[a-z]+=").matcher(page.text()).find(), "no inline event handler");
    }

    @Test
    void api_check_gives_the_json_check_gives_byte_for_byte() throws IOException {
        Cli cli = Cli.run("check", SEED.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        WebServer server = serve(SEED);
        Http response = post(server, "/api/check", Files.readAllBytes(SEED));
        assertEquals(200, response.status());
        assertEquals("application/json; charset=utf-8", response.header("Content-Type"));
        assertArrayEquals(cli.out().getBytes(StandardCharsets.UTF_8), response.body());
        JsonNode json = JsonReport.MAPPER.readTree(response.body());
        assertEquals("good", json.path("judgements").path("overall").asText());
    }

    @Test
    void api_predict_gives_the_same_judgements_without_what_would_raise_them() throws IOException {
        WebServer server = serve(SEED);
        JsonNode whole = JsonReport.MAPPER.readTree(post(server, "/api/check", Files.readAllBytes(SEED)).body());
        JsonNode quick = JsonReport.MAPPER.readTree(post(server, "/api/predict", Files.readAllBytes(SEED)).body());
        assertEquals(whole.get("judgements"), quick.get("judgements"));
        assertEquals(whole.get("areas"), quick.get("areas"));
        assertTrue(whole.get("what_would_raise").size() > 0);
        assertEquals(0, quick.get("what_would_raise").size());
    }

    @Test
    void bad_input_gets_checks_messages_with_status_422() throws IOException {
        String[] inputs = {
            "authority: Exampleshire\ndate: 2025-03-31\nanswers:\n  leadership:\n    workforce_and_caseloads:\n"
                + "      caseload_manageable: mostly\n      workforce_stable: sometimes\n",
            "authority: Exampleshire\ndate: 2025-03-31\nauthority: Again\nanswers: {}\n",
            "authority: &a Exampleshire\ndate: 2025-03-31\nanswers: {x: *a}\n",
            "authority: !!java.lang.Runtime x\ndate: 2025-03-31\nanswers: {}\n",
            "authority: Exampleshire\u0000\ndate: 2025-03-31\nanswers: {}\n",
            "authority: Ex\u001b[31mampleshire\ndate: 2025-03-31\nanswers: {}\n",
        };
        for (int i = 0; i < inputs.length; i++) {
            Path file = temp.resolve("bad-" + i + ".yaml");
            byte[] bytes = inputs[i].getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            Cli cli = Cli.run("check", file.toString());
            assertEquals(3, cli.exitCode(), cli.err());
            WebServer server = serve(file);
            Http response = post(server, "/api/check", bytes);
            assertEquals(422, response.status(), inputs[i]);
            JsonNode json = JsonReport.MAPPER.readTree(response.body());
            List<String> lines = new ArrayList<>();
            json.get("errors").forEach(e -> lines.add(e.get("text").asText()));
            lines.add(json.get("summary").asText());
            assertEquals(cli.err(), String.join("\n", lines) + "\n", inputs[i]);
            assertTrue(json.get("errors").get(0).get("line").asInt() > 0, inputs[i]);
        }
    }

    @Test
    void utf16_is_refused_with_checks_message() throws IOException {
        byte[] bytes = "authority: x\n".getBytes(StandardCharsets.UTF_16LE);
        WebServer server = serve(SEED);
        Http response = post(server, "/api/check", bytes);
        assertEquals(422, response.status());
        assertTrue(response.text().contains(SEED + ":1:1: the file is UTF-16 text; save it as UTF-8"),
                response.text());
    }

    @Test
    void the_page_is_a_form_of_every_criterion_with_the_files_answers() throws IOException {
        Path file = temp.resolve("sa.yaml");
        Files.writeString(file, Files.readString(SEED).replace("authority: Gateshead",
                "authority: \"Gateshead <script>alert(1)</script> & Co\""));
        WebServer server = serve(file);
        String page = get(server, "/?token=" + server.token()).text();
        assertTrue(page.contains("Gateshead &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"));
        assertFalse(page.contains("<script>alert"));
        int criteria = countMatches(page, "<fieldset class=\"criterion\"");
        int ratings = countMatches(page, "<label for=\"c-[a-z0-9_]+-rating\">Rating</label>");
        assertEquals(criteria, ratings);
        assertTrue(criteria > 100, "criteria: " + criteria);
        assertEquals(ratings, countMatches(page, "<select id=\"c-[a-z0-9_]+-rating\" class=\"rating\">"));
        // the answers in the file are selected, with their evidence and figures
        Matcher version = Pattern.compile("data-version=\"([0-9a-f]{64})\"").matcher(page);
        assertTrue(version.find());
        assertEquals(AssessmentFile.version(Files.readAllBytes(file)), version.group(1));
        assertTrue(page.contains("<legend>Does the local authority have an effective front door"
                + "") || page.contains("class=\"criterion\""));
        assertTrue(page.contains("<option value=\"mostly\" selected>"));
        assertTrue(page.contains(file + " holds 2 comments."), "the seed's two opening lines");
    }

    @Test
    void the_page_says_saving_keeps_the_files_comments() throws IOException {
        Path file = temp.resolve("sa.yaml");
        Files.writeString(file, "# our own note\n" + Files.readString(SEED).replace("authority: Gateshead",
                "authority: \"Gateshead # not a comment\"  # but this is"));
        WebServer server = serve(file);
        String page = get(server, "/?token=" + server.token()).text();
        assertTrue(page.contains(file + " holds 4 comments. Saving from this page keeps them: only the values you "
                + "change are rewritten"), page);
    }

    @Test
    void a_note_written_with_a_criterion_not_assessed_is_on_the_form_so_a_save_keeps_it() throws IOException {
        Path file = temp.resolve("sa.yaml");
        String note = "Clear protocols, procedures and good access to early intervention and treatment services for "
                + "substance misuse (inspection summary).";
        Files.writeString(file, Files.readString(SEED).replace("substance_misuse_services_children:\n"
                + "        rating: consistently", "substance_misuse_services_children:\n        rating: not_assessed"));
        WebServer server = serve(file);
        String page = get(server, "/?token=" + server.token()).text();
        assertTrue(page.contains("<textarea id=\"c-substance_misuse_services_children-evidence\" class=\"evidence\" "
                + "rows=\"2\">" + note + "</textarea>"), "the note is shown");
    }

    @Test
    void save_keeps_the_files_comments_and_rewrites_only_the_changed_value() throws IOException {
        Path file = temp.resolve("sa.yaml");
        String original = "# our own note\n" + Files.readString(SEED).replace("authority: Gateshead",
                "authority: \"Gateshead # not a comment\"  # but this is");
        Files.writeString(file, original);
        WebServer server = serve(file);
        // what the page sends: the answers without a comment
        String form = changeOneAnswer(original).lines().filter(line -> !line.startsWith("#"))
                .map(line -> line.replace("  # but this is", "")).collect(java.util.stream.Collectors.joining("\n"));
        Http saved = post(server, "/api/save", form.getBytes(StandardCharsets.UTF_8), "X-Selfcheck-Version: "
                + AssessmentFile.version(original.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, saved.status(), saved.text());
        assertEquals(changeOneAnswer(original), Files.readString(file));
        JsonNode json = JsonReport.MAPPER.readTree(saved.body());
        assertEquals("Saved to " + file + ", keeping all 4 of its comments.", json.get("message").asText());
        assertEquals(4, json.get("comments_kept").asInt());
        assertEquals(AssessmentFile.version(Files.readAllBytes(file)), json.get("version").asText());
    }

    @Test
    void save_writes_the_form_afresh_and_says_so_when_the_file_cannot_be_edited_in_place() throws IOException {
        Path file = temp.resolve("sa.yaml");
        String original = "{authority: Exampleshire, date: 2025-03-31, framework: ilacs-2023, answers: {}}  # ours\n";
        Files.writeString(file, original);
        WebServer server = serve(file);
        byte[] form = "authority: \"Exampleshire\"\ndate: \"2025-03-31\"\nframework: ilacs-2023\nanswers:\n  leadership:\n"
                .concat("    workforce_and_caseloads:\n      caseloads_manageable: mostly\n")
                .getBytes(StandardCharsets.UTF_8);
        Http saved = post(server, "/api/save", form, "X-Selfcheck-Version: "
                + AssessmentFile.version(original.getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, saved.status(), saved.text());
        assertArrayEquals(form, Files.readAllBytes(file), "the form's answers, exactly");
        JsonNode json = JsonReport.MAPPER.readTree(saved.body());
        assertTrue(json.get("message").asText().startsWith("Saved to " + file + ", but without its comment: the "
                + "file is laid out in a way this page cannot change line by line"), json.get("message").asText());
        assertEquals(0, json.get("comments_kept").asInt());
    }

    @Test
    void switching_framework_keeps_the_shared_answers_and_lists_what_it_drops() throws IOException {
        WebServer server = serve(SEED);
        byte[] seed = Files.readAllBytes(SEED);
        Http response = post(server, "/api/switch?framework=ilacs-2023", seed);
        assertEquals(200, response.status(), response.text());
        JsonNode json = JsonReport.MAPPER.readTree(response.body());
        assertEquals("ilacs-2023", json.get("framework").asText());
        assertEquals("Inspection of local authority children's services (2023-2026)", json.get("title").asText());
        String form = json.get("form").asText();
        assertTrue(form.contains("<option value=\"ilacs-2023\" selected>"), "the new framework is chosen");
        assertFalse(form.contains("data-area=\"lscb\""), "ilacs-2023 judges no safeguarding board");
        assertTrue(form.contains("data-area=\"help_and_protection\""));
        // an answer of an area both frameworks judge is kept, as the seed rates it
        Matcher kept = Pattern.compile("(?s)<select id=\"c-substance_misuse_services_children-rating\" "
                + "class=\"rating\">(.*?)</select>").matcher(form);
        assertTrue(kept.find());
        assertTrue(kept.group(1).contains("<option value=\"consistently\" selected>"), kept.group(1));
        // every answer of the board's review is listed by its question before it is dropped
        int lscbAnswers = countMatches(Files.readString(SEED).substring(Files.readString(SEED).indexOf("\n  lscb:")),
                "(?m)^      [a-z0-9_]+:");
        List<String> dropped = new ArrayList<>();
        json.get("dropped").forEach(item -> dropped.add(item.asText()));
        assertEquals(lscbAnswers, dropped.size(), String.join("\n", dropped));
        String question = ShippedPack.get().catalog().criterion("lscb_annual_report").orElseThrow().question();
        assertTrue(dropped.stream().anyMatch(d -> d.startsWith("Your answer to \"" + question + "\": ")), dropped
                .toString());
        Http same = post(server, "/api/switch?framework=sif-2013", seed);
        assertEquals(0, JsonReport.MAPPER.readTree(same.body()).get("dropped").size());
    }

    @Test
    void switching_framework_lists_a_note_on_a_criterion_not_assessed_and_an_expected_grade() throws IOException {
        WebServer server = serve(SEED);
        String yaml = Files.readString(SEED).replace("lscb_annual_report:\n        rating: inconsistently",
                "lscb_annual_report:\n        rating: not_assessed").replace("answers:\n",
                "self_assessed_grades:\n  lscb: good\n  adoption: outstanding\nanswers:\n");
        Http response = post(server, "/api/switch?framework=ilacs-2023", yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.status(), response.text());
        List<String> dropped = new ArrayList<>();
        JsonReport.MAPPER.readTree(response.body()).get("dropped").forEach(item -> dropped.add(item.asText()));
        String question = ShippedPack.get().catalog().criterion("lscb_annual_report").orElseThrow().question();
        assertTrue(dropped.contains("Your note on \"" + question + "\" (not assessed)"), dropped.toString());
        assertTrue(dropped.contains("The grade you expect for Review of the Local Safeguarding Children Board: Good"),
                dropped.toString());
        // ilacs-2023 has no adoption judgement of its own: adoption is judged with children in care
        assertTrue(dropped.contains("The grade you expect for Adoption performance: Outstanding"), dropped.toString());
    }

    @Test
    void switching_to_an_unknown_framework_or_from_answers_that_do_not_read_is_refused() throws IOException {
        WebServer server = serve(SEED);
        Http unknown = post(server, "/api/switch?framework=ilacs-1999", Files.readAllBytes(SEED));
        assertEquals(400, unknown.status());
        assertTrue(unknown.text().contains("the framework 'ilacs-1999' is not one of this rule pack's: sif-2013, "
                + "ilacs-2018, ilacs-2023, ilacs-2026"), unknown.text());
        Http invalid = post(server, "/api/switch?framework=ilacs-2023", "authority: x\n".getBytes(
                StandardCharsets.UTF_8));
        assertEquals(422, invalid.status());
        assertTrue(invalid.text().contains("missing required field 'date'"), invalid.text());
        assertEquals(405, get(server, "/api/switch?framework=ilacs-2023&token=" + server.token()).status());
    }

    private static int countMatches(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void save_writes_a_file_check_reads_with_the_same_judgements() throws IOException {
        Path file = temp.resolve("sa.yaml");
        Files.copy(SEED, file);
        var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----");
        Files.setPosixFilePermissions(file, permissions);
        String original = Files.readString(file);
        WebServer server = serve(file);
        String version = AssessmentFile.version(Files.readAllBytes(file));
        byte[] changed = changeOneAnswer(original).getBytes(StandardCharsets.UTF_8);
        Http saved = post(server, "/api/save", changed, "X-Selfcheck-Version: " + version);
        assertEquals(200, saved.status(), saved.text());
        JsonNode json = JsonReport.MAPPER.readTree(saved.body());
        assertEquals(AssessmentFile.version(changed), json.get("version").asText());
        assertArrayEquals(changed, Files.readAllBytes(file));
        assertEquals(permissions, Files.getPosixFilePermissions(file), "the file keeps its permissions");
        Cli cli = Cli.run("check", file.toString(), "--format", "json");
        assertEquals(0, cli.exitCode(), cli.err());
        Http checked = post(server, "/api/check", changed);
        assertEquals(cli.out(), checked.text());
        try (var left = Files.list(temp)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left behind");
        }
    }

    @Test
    void a_stale_save_is_refused_and_the_file_kept() throws IOException {
        Path file = temp.resolve("sa.yaml");
        Files.copy(SEED, file);
        WebServer server = serve(file);
        String version = AssessmentFile.version(Files.readAllBytes(file));
        String elsewhere = Files.readString(file) + "# edited in another window\n";
        Files.writeString(file, elsewhere);
        Http stale = post(server, "/api/save", Files.readAllBytes(SEED), "X-Selfcheck-Version: " + version);
        assertEquals(409, stale.status());
        assertTrue(stale.text().contains("has changed on disk since this page loaded it"), stale.text());
        assertTrue(stale.text().contains("Reload the page"), stale.text());
        assertEquals(elsewhere, Files.readString(file));
        Http missing = post(server, "/api/save", Files.readAllBytes(SEED));
        assertEquals(400, missing.status());
        assertEquals(elsewhere, Files.readString(file));
    }

    @Test
    void an_invalid_save_is_refused_with_checks_messages() throws IOException {
        Path file = temp.resolve("sa.yaml");
        Files.copy(SEED, file);
        WebServer server = serve(file);
        String version = AssessmentFile.version(Files.readAllBytes(file));
        Http refused = post(server, "/api/save", "authority: x\n".getBytes(StandardCharsets.UTF_8),
                "X-Selfcheck-Version: " + version);
        assertEquals(422, refused.status());
        assertTrue(refused.text().contains("missing required field 'date'"), refused.text());
        assertArrayEquals(Files.readAllBytes(SEED), Files.readAllBytes(file));
    }

    @Test
    void a_missing_file_starts_from_the_template_and_save_creates_it() throws Exception {
        Path file = temp.resolve("new.yaml");
        WebServer server = serve(file);
        server.checkFile();
        Http page = get(server, "/?token=" + server.token());
        assertEquals(200, page.status(), page.text());
        assertTrue(page.text().contains("data-version=\"absent\""));
        assertTrue(page.text().contains("Name of the local authority"));
        Cli init = Cli.run("init");
        byte[] yaml = init.out().replace("Name of the local authority", "Exampleshire")
                .getBytes(StandardCharsets.UTF_8);
        Http saved = post(server, "/api/save", yaml, "X-Selfcheck-Version: absent");
        assertEquals(200, saved.status(), saved.text());
        Cli check = Cli.run("check", file.toString(), "--format", "json");
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("Exampleshire", JsonReport.MAPPER.readTree(check.out()).get("authority").asText());
    }

    @Test
    void the_report_is_checks_html_report() throws IOException {
        WebServer server = serve(SEED);
        Cli cli = Cli.run("check", SEED.toString(), "--format", "html");
        Http report = get(server, "/report?token=" + server.token());
        assertEquals(200, report.status());
        assertEquals(cli.out(), report.text());
        String form = "yaml=" + java.net.URLEncoder.encode(Files.readString(SEED), StandardCharsets.UTF_8)
                + "&download=yes";
        Http posted = post(server, "/report?token=" + server.token(), form.getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/x-www-form-urlencoded");
        assertEquals(200, posted.status());
        assertEquals(cli.out(), posted.text());
        assertTrue(posted.header("Content-Disposition").startsWith("attachment"));
    }

    @Test
    void the_letter_is_checks_html_letter_a_click_away() throws IOException {
        WebServer server = serve(SEED);
        Cli cli = Cli.run("check", SEED.toString(), "--letter", "--format", "html");
        String yaml = "yaml=" + java.net.URLEncoder.encode(Files.readString(SEED), StandardCharsets.UTF_8);
        Http opened = post(server, "/report?token=" + server.token(), (yaml + "&letter=open")
                .getBytes(StandardCharsets.UTF_8), "Content-Type: application/x-www-form-urlencoded");
        assertEquals(200, opened.status());
        assertEquals(cli.out(), opened.text());
        assertEquals(null, opened.header("Content-Disposition"));
        Http downloaded = post(server, "/report?token=" + server.token(), (yaml + "&letter=download")
                .getBytes(StandardCharsets.UTF_8), "Content-Type: application/x-www-form-urlencoded");
        assertEquals(cli.out(), downloaded.text());
        assertEquals("attachment; filename=\"selfcheck-letter.html\"", downloaded.header("Content-Disposition"));
        assertTrue(get(server, "/?token=" + server.token()).text().contains("Open the predicted letter"));
    }

    /** The seed with its first 'mostly' rating made 'rarely'. */
    static String changeOneAnswer(String yaml) {
        Matcher m = Pattern.compile("(?m)^(\\s+[a-z0-9_]+: )mostly$").matcher(yaml);
        assertTrue(m.find(), "a short-form 'mostly' answer in the seed");
        return yaml.substring(0, m.start()) + m.group(1) + "rarely" + yaml.substring(m.end());
    }
    /**
     * A check whose rule never returns gets the error a grace after the phase's limit, and the server goes on
     * answering; the stuck thread is left behind (this one waits, and is interrupted, so it ends with the test).
     */
    @Test
    void a_check_whose_rule_never_returns_gets_the_error_and_the_server_keeps_answering() throws Exception {
        Path pack = uk.selfcheck.testing.OneRulePack.writeWithoutRule(temp.resolve("pack"));
        uk.selfcheck.testing.OneRulePack.addJudgementRules(pack);
        Files.writeString(pack.resolve(uk.selfcheck.testing.OneRulePack.RULE_FILE),
                uk.selfcheck.testing.OneRulePack.ruleDoing("S-WAITS-WHEN-MOSTLY", "if ( $a.getRating() == Rating.MOSTLY ) "
                        + "{ Thread.sleep( Long.MAX_VALUE ); }\n    insert( Finding.from( drools, $a ) );"));
        Path file = Files.writeString(temp.resolve("assessment.yaml"), uk.selfcheck.testing.OneRulePack.ASSESSMENT);
        System.setProperty(uk.selfcheck.engine.Evaluator.TIME_LIMIT_PROPERTY, "1");
        try {
            WebServer server = WebServer.start(uk.selfcheck.engine.RulePackLoader.load(List.of(pack)), file,
                    file.toString(), 0, new PrintWriter(log, true));
            servers.add(server);
            Http stuck = post(server, "/api/check", Files.readAllBytes(file));
            assertEquals(500, stuck.status(), stuck.text());
            assertTrue(stuck.text().contains("rule pack fault: the findings phase ran for more than 1 second and did "
                    + "not stop when told to: rule S-WAITS-WHEN-MOSTLY ("), stuck.text());
            assertTrue(log.toString().contains("rule S-WAITS-WHEN-MOSTLY ("), log.toString());
            Http next = post(server, "/api/check", uk.selfcheck.testing.OneRulePack.ASSESSMENT
                    .replace("mostly", "consistently").getBytes(StandardCharsets.UTF_8));
            assertEquals(200, next.status(), next.text());
            assertTrue(next.text().contains("S-WAITS-WHEN-MOSTLY"), "the rule fired and made its finding: "
                    + next.text());
            assertEquals(200, get(server, "/?token=" + server.token()).status());
        } finally {
            System.clearProperty(uk.selfcheck.engine.Evaluator.TIME_LIMIT_PROPERTY);
        }
    }
}

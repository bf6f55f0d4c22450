import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures what a leader waits for on the page of {@code selfcheck serve}: the time from sending the answers after one
 * change to having the new judgements back, as the page asks for them (/api/predict) and for the whole report with
 * what would raise each grade (/api/check). Each request changes one more answer of the self-assessment, so no two
 * requests send the same answers. Prints p50, p95 and the slowest, in milliseconds.
 * Usage: java ServeLatency.java ADDRESS FILE [REQUESTS] [WARMUP]   (ADDRESS: the line serve printed)
 */
public final class ServeLatency {
    private static final String[] RATINGS = {"rarely", "inconsistently", "mostly", "consistently", "exceptional"};

    public static void main(String[] args) throws Exception {
        URI address = URI.create(args[0]);
        String token = address.getQuery().substring("token=".length());
        String yaml = Files.readString(Path.of(args[1]));
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        Matcher m = Pattern.compile("(?m)^(\\s+[a-z0-9_]+: )(rarely|inconsistently|mostly|consistently|exceptional)$")
                .matcher(yaml);
        List<int[]> answers = new ArrayList<>();
        while (m.find()) {
            answers.add(new int[] {m.start(2), m.end(2)});
        }
        if (answers.isEmpty()) {
            throw new IllegalArgumentException(args[1] + " has no short-form answers to change");
        }
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + address.getPort();
        for (String path : List.of("/api/predict", "/api/check")) {
            int rounds = path.equals("/api/check") ? Math.max(20, requests / 4) : requests;
            for (int i = 0; i < warmup; i++) {
                send(client, base + path, token, changed(yaml, answers, i));
            }
            double[] ms = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                String body = changed(yaml, answers, warmup + i);
                long start = System.nanoTime();
                send(client, base + path, token, body);
                ms[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("%-12s %4d requests after one change each: p50 %6.1f ms  p95 %6.1f ms  slowest %6.1f ms%n",
                    path, rounds, ms[rounds / 2], ms[(int) Math.ceil(rounds * 0.95) - 1], ms[rounds - 1]);
        }
    }

    /** The self-assessment with answer {@code i} (counting round) given the next rating on the scale. */
    private static String changed(String yaml, List<int[]> answers, int i) {
        int[] at = answers.get(i % answers.size());
        String now = yaml.substring(at[0], at[1]);
        int index = Arrays.asList(RATINGS).indexOf(now);
        return yaml.substring(0, at[0]) + RATINGS[(index + 1 + i / answers.size()) % RATINGS.length]
                + yaml.substring(at[1]);
    }

    private static void send(HttpClient client, String url, String token, String body) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("X-Selfcheck-Token", token).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}

package uk.selfcheck.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A plain HTTP/1.1 client over a socket, so tests can send what a browser never would on its own (a foreign Host, a
 * forged Origin, a body larger than it says) and read the answer as the server wrote it.
 */
record Http(int status, Map<String, String> headers, byte[] body) {

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** Sends one request; {@code headers} are written as given, after Host, each "Name: value". */
    static Http send(int port, String method, String target, String host, byte[] body, String... headers)
            throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
            request.append("Host: ").append(host).append("\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            boolean chunked = java.util.Arrays.stream(headers).anyMatch(h -> h.startsWith("Transfer-Encoding"));
            boolean lengthGiven = java.util.Arrays.stream(headers).anyMatch(h -> h.startsWith("Content-Length"));
            if (body != null && !chunked && !lengthGiven) {
                request.append("Content-Length: ").append(body.length).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                if (chunked) {
                    out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } else {
                    out.write(body);
                }
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Reads the head, then as many bytes as Content-Length says, without waiting for the server to close: a server
     * that refuses a body unread may keep the connection open for the rest of it.
     */
    private static Http read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] separator = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        while (find(all.toByteArray(), separator) < 0) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection before the end of its headers");
            }
            all.write(b);
        }
        String length = null;
        for (String line : all.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = line.substring("content-length:".length()).trim();
            }
        }
        if (length == null) {
            in.transferTo(all);
        } else {
            all.write(in.readNBytes(Integer.parseInt(length)));
        }
        byte[] bytes = all.toByteArray();
        int end = indexOf(bytes, separator);
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1)
                    .trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Http(status, headers, body);
    }

    private static byte[] unchunk(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int eol = indexOf(java.util.Arrays.copyOfRange(bytes, at, bytes.length), new byte[] {'\r', '\n'}) + at;
            int size = Integer.parseInt(new String(bytes, at, eol - at, StandardCharsets.US_ASCII).trim(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(bytes, eol + 2, size);
            at = eol + 2 + size + 2;
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        int at = find(bytes, part);
        if (at < 0) {
            throw new IllegalStateException("no end of headers in the response");
        }
        return at;
    }

    private static int find(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

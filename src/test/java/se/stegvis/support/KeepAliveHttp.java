package se.stegvis.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * For benchmarks only: one HTTP/1.1 keep-alive connection, written and read by hand, so that a
 * load generator on the same machine as the server spends as little CPU as possible per request
 * (the JDK's HttpClient spends about as much as a plain JDBC insert). Understands Content-Length and
 * chunked bodies; no TLS, no redirects, no pipelining. Not thread-safe: one per client thread.
 */
public final class KeepAliveHttp implements Closeable {
    /** Status and body of one exchange. */
    public record Reply(int status, String body) {
    }

    private final URI base;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public KeepAliveHttp(URI base) {
        this.base = base;
    }

    public Reply post(String path, Map<String, String> headers, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ")
                .append(base.getHost()).append(':').append(base.getPort()).append("\r\nContent-Length: ")
                .append(content.length).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        head.append("\r\n");
        connect();
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(content);
        out.flush();
        return read();
    }

    private void connect() throws IOException {
        if (socket == null) {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 16384);
            out = socket.getOutputStream();
        }
    }

    private Reply read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.split(" ")[1]);
        int length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            line();
        } else if (length > 0) {
            body.write(in.readNBytes(length));
        }
        if (close) {
            close();
        }
        return new Reply(code, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed by the server");
            }
            if (c != '\r') {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}

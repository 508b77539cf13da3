package id.go.kemnaker.blk.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The {@code console} command in a child JVM, as a service manager starts it, on a free port of 127.0.0.1
 * with two users: {@code operator} (OPERATOR) and {@code viewer} (VIEWER), {@code {noop}} passwords.
 */
public final class ConsoleProcess implements AutoCloseable {

	public static final String OPERATOR = "operator";
	public static final String OPERATOR_PASSWORD = "operator-pass";
	public static final String VIEWER = "viewer";
	public static final String VIEWER_PASSWORD = "viewer-pass";

	private final Child child;
	private final int port;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private ConsoleProcess(Child child, int port) {
		this.child = child;
		this.port = port;
	}

	/** Starts the console on this workspace's folders with these further arguments, and waits until it answers. */
	public static ConsoleProcess start(Cli workspace, String... args) throws IOException, InterruptedException {
		int port = freePort();
		List<String> all = new ArrayList<>(List.of("console", "--input=" + workspace.input(),
				"--output=" + workspace.output(), "--blk.state=" + workspace.state(), "--server.port=" + port,
				"--blk.console.users=" + OPERATOR + ":{noop}" + OPERATOR_PASSWORD + ":OPERATOR," + VIEWER + ":{noop}"
						+ VIEWER_PASSWORD + ":VIEWER"));
		all.addAll(List.of(args));
		Child child = Child.start(all.toArray(String[]::new));
		child.awaitLine("console: http://", 120);
		return new ConsoleProcess(child, port);
	}

	static int freePort() throws IOException {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
	}

	public int port() {
		return port;
	}

	public String url(String path) {
		return "http://127.0.0.1:" + port + path;
	}

	public Child child() {
		return child;
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** An API request as a user (null: none), answered as text. */
	public HttpResponse<String> call(String method, String path, String user, String password, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			b.header("Content-Type", "application/json");
		}
		if (user != null) {
			b.header("Authorization", basic(user, password));
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A raw path, sent exactly as written (encoded dots, slashes, backslashes...), as a user. */
	public HttpResponse<byte[]> getRaw(String rawPath, String user, String password) throws IOException, InterruptedException {
		HttpRequest r = HttpRequest.newBuilder(URI.create(url(rawPath))).timeout(Duration.ofSeconds(60))
			.header("Authorization", basic(user, password)).GET().build();
		return http.send(r, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** A multipart upload of one file in field {@code file}, with this file name as the browser sends it. */
	public HttpResponse<String> upload(String path, String user, String password, String fileName, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "----blk" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
				+ fileName.replace("\"", "%22") + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		HttpRequest r = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(120))
			.header("Authorization", basic(user, password))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
		return http.send(r, HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() throws InterruptedException {
		child.terminate();
		child.waitFor(60);
	}
}

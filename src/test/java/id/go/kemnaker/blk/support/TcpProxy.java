package id.go.kemnaker.blk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy in front of a server (the test's PostgreSQL), on a port of its own on the loopback
 * interface: {@link #cut()} drops every connection and refuses new ones, as a database that restarts
 * does; {@link #restore()} lets connections through again.
 */
public final class TcpProxy implements AutoCloseable {

	private final InetSocketAddress target;
	private final ServerSocket server;
	private final List<Socket> open = new CopyOnWriteArrayList<>();
	private final Thread acceptor;
	private volatile boolean down;

	public TcpProxy(String host, int port) throws IOException {
		this.target = new InetSocketAddress(host, port);
		this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		this.acceptor = new Thread(this::accept, "tcp-proxy");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	public int port() {
		return server.getLocalPort();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket client = server.accept();
				if (down) {
					client.close();
					continue;
				}
				Socket upstream = new Socket();
				upstream.connect(target, 3_000);
				open.add(client);
				open.add(upstream);
				pump(client, upstream);
				pump(upstream, client);
			}
			catch (IOException e) {
				// the proxy was closed, or the server refused: the client sees its connection end
			}
		}
	}

	private void pump(Socket from, Socket to) {
		Thread t = new Thread(() -> {
			byte[] buffer = new byte[16 * 1024];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int n;
				while ((n = in.read(buffer)) >= 0) {
					out.write(buffer, 0, n);
				}
			}
			catch (IOException e) {
				// one side went away
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "tcp-proxy-pump");
		t.setDaemon(true);
		t.start();
	}

	/** Drops every open connection and refuses new ones until {@link #restore()}. */
	public void cut() {
		down = true;
		for (Socket s : open) {
			closeQuietly(s);
		}
		open.clear();
	}

	public void restore() {
		down = false;
	}

	private static void closeQuietly(Socket s) {
		try {
			s.close();
		}
		catch (IOException ignored) {
			// already closed
		}
	}

	@Override
	public void close() throws IOException {
		cut();
		server.close();
	}
}

package com.heroinfacts.local;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.net.spi.URLStreamHandlerProvider;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stands in for S3 in test JVMs, where there is no network: the SDK's signature verifier downloads the
 * certificate chain with {@code java.net.URL}, so https URLs at s3.amazonaws.com/echo.api/ are answered from
 * the folder named by the system property {@value #FOLDER} (404 for a file that is not there). Any other https
 * URL fails. Registered through META-INF/services, so it also serves a {@code serve} process started with the
 * test classes on its class path.
 */
public final class S3Certificates extends URLStreamHandlerProvider {

    static final String FOLDER = "heroinfacts.test.s3";

    @Override
    public URLStreamHandler createURLStreamHandler(String protocol) {
        return "https".equals(protocol) ? new Handler() : null;
    }

    private static final class Handler extends URLStreamHandler {
        @Override
        protected int getDefaultPort() {
            return 443;
        }

        @Override
        protected URLConnection openConnection(URL url) throws IOException {
            String folder = System.getProperty(FOLDER);
            boolean echoApi = "s3.amazonaws.com".equalsIgnoreCase(url.getHost()) && url.getPath().startsWith("/echo.api/");
            if (folder == null || !echoApi) {
                throw new IOException("test JVMs reach no network: " + url);
            }
            Path file = Path.of(folder).resolve(url.getPath().substring(url.getPath().lastIndexOf('/') + 1));
            return new Served(url, Files.isRegularFile(file) ? Files.readAllBytes(file) : null);
        }
    }

    private static final class Served extends HttpURLConnection {
        private final byte[] body;

        Served(URL url, byte[] body) {
            super(url);
            this.body = body;
        }

        @Override
        public void connect() {
            connected = true;
        }

        @Override
        public int getResponseCode() {
            return body == null ? HTTP_NOT_FOUND : HTTP_OK;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            if (body == null) {
                throw new FileNotFoundException(url.toString());
            }
            return new ByteArrayInputStream(body);
        }

        @Override
        public void disconnect() {
            connected = false;
        }

        @Override
        public boolean usingProxy() {
            return false;
        }
    }
}

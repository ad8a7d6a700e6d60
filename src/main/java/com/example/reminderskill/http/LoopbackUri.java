package com.example.reminderskill.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/** The base URL of a local emulator: http(s) on a loopback address only, so configuration can never send a token off the machine. */
public final class LoopbackUri {

    private LoopbackUri() {}

    /**
     * {@code scheme://authority/path} of {@code baseUri}, without a trailing slash.
     *
     * @throws IllegalArgumentException when it is not http(s) on a loopback address, or has user info, a query or a fragment
     */
    public static String base(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        String scheme = String.valueOf(baseUri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("emulator URI must be http or https: " + baseUri);
        }
        if (!isLoopback(baseUri.getHost())) {
            throw new IllegalArgumentException("emulator URI must be on a loopback address: " + baseUri);
        }
        if (baseUri.getRawUserInfo() != null || baseUri.getRawQuery() != null || baseUri.getRawFragment() != null) {
            throw new IllegalArgumentException("emulator URI must be scheme, host, port and path only: " + baseUri);
        }
        String base = scheme + "://" + baseUri.getRawAuthority() + Objects.toString(baseUri.getRawPath(), "");
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Loopback by literal address or the name localhost; other names are not resolved. */
    private static boolean isLoopback(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean ipLiteral = host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (!ipLiteral) {
            return false;
        }
        try {
            // An IP literal is parsed, never looked up.
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

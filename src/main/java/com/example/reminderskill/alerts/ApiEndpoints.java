package com.example.reminderskill.alerts;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where a call to an Alexa API goes. By default only the documented regional hosts
 * are trusted, taken from the request's {@code apiEndpoint}; anything else is refused before
 * a token leaves the process. A local emulator is explicit configuration, on loopback only,
 * and then receives every call whatever endpoint a request names.
 */
public final class ApiEndpoints {

    /** North America, Europe and the two Far East hosts the two reference pages name. */
    private static final Set<String> ALEXA_API_HOSTS = Set.of(
            "api.amazonalexa.com",
            "api.eu.amazonalexa.com",
            "api.fe.amazonalexa.com",
            "api.fe.amazon.com");

    private final Optional<String> localEmulator;

    private ApiEndpoints(Optional<String> localEmulator) {
        this.localEmulator = localEmulator;
    }

    /** Trust the documented Alexa API hosts only: what runs on Lambda. */
    public static ApiEndpoints alexa() {
        return new ApiEndpoints(Optional.empty());
    }

    /**
     * Send every call to a local emulator.
     *
     * @throws IllegalArgumentException when {@code baseUri} is not http(s) on a loopback address
     */
    public static ApiEndpoints localEmulator(URI baseUri) {
        Objects.requireNonNull(baseUri, "baseUri");
        String scheme = String.valueOf(baseUri.getScheme()).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("emulator URI must be http or https: " + baseUri);
        }
        if (!isLoopback(baseUri.getHost())) {
            throw new IllegalArgumentException("emulator URI must be on a loopback address: " + baseUri);
        }
        String base = scheme + "://" + baseUri.getRawAuthority() + Objects.toString(baseUri.getRawPath(), "");
        return new ApiEndpoints(Optional.of(stripTrailingSlash(base)));
    }

    /** Whether calls go to a local emulator rather than to Alexa. */
    public boolean isLocalEmulator() {
        return localEmulator.isPresent();
    }

    /**
     * The base URL (no trailing slash) to call for a request that named {@code apiEndpoint}.
     *
     * @throws AlexaApiException with {@link ErrorCode#UNTRUSTED_API_ENDPOINT} when it is not a
     *     documented Alexa API host
     */
    public String resolve(String apiEndpoint) {
        if (localEmulator.isPresent()) {
            return localEmulator.get();
        }
        return trustedAlexaHost(apiEndpoint)
                .map(host -> "https://" + host)
                .orElseThrow(() -> AlexaApiException.builder(0, ErrorCode.UNTRUSTED_API_ENDPOINT.name(),
                        "apiEndpoint '" + apiEndpoint + "' is not one of the documented Alexa API hosts "
                                + ALEXA_API_HOSTS.stream().sorted().toList()).build());
    }

    private static Optional<String> trustedAlexaHost(String apiEndpoint) {
        if (apiEndpoint == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(apiEndpoint.trim());
            String path = Objects.toString(uri.getRawPath(), "");
            boolean plain = "https".equalsIgnoreCase(uri.getScheme())
                    && uri.getRawUserInfo() == null
                    && (uri.getPort() == -1 || uri.getPort() == 443)
                    && (path.isEmpty() || path.equals("/"))
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return plain && ALEXA_API_HOSTS.contains(host) ? Optional.of(host) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
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

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}

package com.example.reminderskill.alerts;

import com.example.reminderskill.http.LoopbackUri;
import java.net.URI;
import java.net.URISyntaxException;
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
    private static final Set<String> ALEXA_API_HOSTS =
            Set.of("api.amazonalexa.com", "api.eu.amazonalexa.com", "api.fe.amazonalexa.com", "api.fe.amazon.com");

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
        return new ApiEndpoints(Optional.of(LoopbackUri.base(baseUri)));
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
                .orElseThrow(() -> AlexaApiException.builder(
                                0,
                                ErrorCode.UNTRUSTED_API_ENDPOINT.name(),
                                "apiEndpoint '" + apiEndpoint + "' is not one of the documented Alexa API hosts "
                                        + ALEXA_API_HOSTS.stream().sorted().toList())
                        .build());
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
}

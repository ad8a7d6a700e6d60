package com.example.reminderskill.messaging;

import com.example.reminderskill.http.LoopbackUri;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a sender's calls go: Login with Amazon's token endpoint and a region's Skill Messaging
 * API, or a local emulator on loopback that answers both. Nothing else is accepted, so a client
 * secret or a token is never sent to an unexpected host.
 */
public final class SkillMessagingEndpoints {

    /** Login with Amazon's token endpoint, the same for every region. */
    static final URI LWA_TOKEN = URI.create("https://api.amazon.com/auth/o2/token");

    private static final String TOKEN_PATH = "/auth/o2/token";
    private static final String MESSAGES_PATH = "/v1/skillmessages/users/";

    /** The Skill Messaging API's regions: the user's skill is served from one of them. */
    public enum Region {
        NA("https://api.amazonalexa.com"),
        EU("https://api.eu.amazonalexa.com"),
        FE("https://api.fe.amazonalexa.com");

        private final String baseUrl;

        Region(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        /**
         * @throws IllegalArgumentException for anything but NA, EU or FE (any case)
         */
        public static Region parse(String name) {
            Objects.requireNonNull(name, "name");
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("region '" + name + "' is not NA, EU or FE");
            }
        }
    }

    private final URI tokenUri;
    private final String messagesBase;
    private final boolean localEmulator;

    private SkillMessagingEndpoints(URI tokenUri, String messagesBase, boolean localEmulator) {
        this.tokenUri = tokenUri;
        this.messagesBase = messagesBase;
        this.localEmulator = localEmulator;
    }

    /** Login with Amazon and the region's Skill Messaging API: what a deployed web app uses. */
    public static SkillMessagingEndpoints region(Region region) {
        Objects.requireNonNull(region, "region");
        return new SkillMessagingEndpoints(LWA_TOKEN, region.baseUrl, false);
    }

    /**
     * Both the token and the messages go to an emulator.
     *
     * @throws IllegalArgumentException when {@code baseUri} is not http(s) on a loopback address
     */
    public static SkillMessagingEndpoints localEmulator(URI baseUri) {
        String base = LoopbackUri.base(baseUri);
        return new SkillMessagingEndpoints(URI.create(base + TOKEN_PATH), base, true);
    }

    /** Whether both calls go to a local emulator rather than to Amazon. */
    public boolean isLocalEmulator() {
        return localEmulator;
    }

    /** Where the client-credentials grant is posted. */
    public URI tokenUri() {
        return tokenUri;
    }

    /** {@code POST /v1/skillmessages/users/{userId}}, the user id encoded as one path segment. */
    public URI messageUri(String userId) {
        Objects.requireNonNull(userId, "userId");
        // URLEncoder writes a form: a space becomes '+', which a path reads as a plus.
        String segment = URLEncoder.encode(userId, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(messagesBase + MESSAGES_PATH + segment);
    }

    @Override
    public String toString() {
        return "SkillMessagingEndpoints[token=" + tokenUri + ", messages=" + messagesBase + "]";
    }
}

package com.example.reminderskill.alerts;

import com.amazon.ask.model.services.ApiConfiguration;
import com.amazon.ask.model.services.DefaultApiConfiguration;
import com.amazon.ask.model.services.SerializerException;
import com.amazon.ask.model.services.ServiceException;
import com.example.reminderskill.http.JdkHttpApiClient;
import java.time.Duration;
import java.util.function.Function;

/**
 * One attempt of a call through an SDK service client: configured for the resolved endpoint,
 * the caller's token, this attempt's timeout and the tolerant serializer, with every failure
 * turned into {@link AlexaApiException}. Shared by the API wrappers.
 */
public final class ServiceCall {

    /**
     * One serializer for every wrapper (a Jackson mapper is safe to share once configured): made on
     * first use, or earlier by {@link #warmUp} on a second core, so that assembling a skill that
     * answers a launch does not build a mapper it never uses.
     */
    private static final class Json {
        static final AlertsSerializer SERIALIZER = new AlertsSerializer();
        static final ServiceErrors ERRORS = new ServiceErrors(SERIALIZER);
    }

    private final JdkHttpApiClient http;

    ServiceCall(JdkHttpApiClient http) {
        this.http = http;
    }

    public AlertsSerializer serializer() {
        return Json.SERIALIZER;
    }

    /**
     * Builds the shared serializer, with what writing {@code request} and reading {@code answer} as
     * {@code answerType} needs, discarding both: for a thread that has nothing else to do.
     */
    public static void warmUp(Object request, String answer, Class<?> answerType) {
        Json.SERIALIZER.serialize(request);
        Json.SERIALIZER.deserialize(answer, answerType);
    }

    /**
     * @param base         the resolved endpoint ({@link ApiEndpoints#resolve})
     * @param serviceClient builds the SDK client from its configuration, e.g. {@code UpsServiceClient::new}
     * @throws AlexaApiException for an error answer, no answer, or an unreadable answer
     */
    public <C, T> T send(
            String base,
            AlexaApiAccess access,
            Duration timeout,
            Function<ApiConfiguration, C> serviceClient,
            Function<C, T> call) {
        ApiConfiguration configuration = DefaultApiConfiguration.builder()
                .withApiClient(http.withRequestTimeout(timeout))
                .withApiEndpoint(base)
                .withAuthorizationValue(access.bearerToken())
                .withSerializer(Json.SERIALIZER)
                .build();
        try {
            return call.apply(serviceClient.apply(configuration));
        } catch (ServiceException e) {
            throw Json.ERRORS.translate(e);
        } catch (SerializerException e) {
            throw Json.ERRORS.unreadableAnswer(e);
        }
    }
}

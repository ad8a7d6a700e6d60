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
     * One serializer for every wrapper (a Jackson mapper is safe to share once configured); assembling
     * the skill built three. Made with the first wrapper, not on the first call: {@code invoke}
     * assembles while another thread builds the envelope JSON, and a create turn would wait for it.
     */
    private static final AlertsSerializer SERIALIZER = new AlertsSerializer();

    private static final ServiceErrors ERRORS = new ServiceErrors(SERIALIZER);

    private final JdkHttpApiClient http;

    ServiceCall(JdkHttpApiClient http) {
        this.http = http;
    }

    public AlertsSerializer serializer() {
        return SERIALIZER;
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
                .withSerializer(SERIALIZER)
                .build();
        try {
            return call.apply(serviceClient.apply(configuration));
        } catch (ServiceException e) {
            throw ERRORS.translate(e);
        } catch (SerializerException e) {
            throw ERRORS.unreadableAnswer(e);
        }
    }
}

package com.example.reminderskill.alerts.reminders;

import com.amazon.ask.model.services.ApiConfiguration;
import com.amazon.ask.model.services.Pair;
import com.amazon.ask.model.services.ServiceClientResponse;
import com.amazon.ask.model.services.reminderManagement.Error;
import com.amazon.ask.model.services.reminderManagement.GetRemindersResponse;
import com.amazon.ask.model.services.reminderManagement.ReminderManagementServiceClient;
import java.util.List;
import java.util.Map;

/** The SDK's client plus the one call it lacks: the next page of a list, named by {@code links}. */
final class ReminderServiceClient extends ReminderManagementServiceClient {

    private static final List<ServiceClientResponse> LIST_RESPONSES = List.of(
            new ServiceClientResponse(GetRemindersResponse.class, 200, "Success"),
            new ServiceClientResponse(Error.class, 401, "Unauthorized"),
            new ServiceClientResponse(Error.class, 429, "Too Many Requests"),
            new ServiceClientResponse(Error.class, 500, "Internal Server Error"),
            new ServiceClientResponse(Error.class, 503, "Service Unavailable"));

    ReminderServiceClient(ApiConfiguration configuration) {
        super(configuration);
    }

    /** @param pathAndQuery a path on the same host, such as {@code /v1/alerts/reminders?nextToken=2} */
    GetRemindersResponse getRemindersPage(String pathAndQuery) {
        List<Pair<String, String>> headers = List.of(
                new Pair<>("Content-type", "application/json"),
                new Pair<>("Authorization", "Bearer " + authorizationValue));
        return this.<GetRemindersResponse>executeRequest(
                        "GET",
                        apiEndpoint,
                        pathAndQuery,
                        List.of(),
                        headers,
                        Map.of(),
                        LIST_RESPONSES,
                        null,
                        GetRemindersResponse.class,
                        false)
                .getResponse();
    }
}

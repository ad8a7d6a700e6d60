package com.example.reminderskill.alerts;

/**
 * Example bodies copied verbatim from the two Reminders API reference pages in
 * {@code shared/docs} (only trailing blanks dropped), so tests read what the service documents,
 * oddities included: one-digit hours, {@code "totalCount": "string"}, placeholder {@code links}.
 */
public final class ReferenceBodies {

    private ReferenceBodies() {}

    /** The current page's create answer (Create reminder, Response body example). */
    public static final String CURRENT_CREATE_RESPONSE = """
            {
              "alertToken": "alert.token.1",
              "createdTime": "2019-08-14T15:40:55.002Z",
              "updatedTime": "2019-08-14T15:40:55.002Z",
              "status": "ON",
              "version": "1",
              "href": "www.-example-new-alert.com"
            }
            """;

    /** The current page's get-one answer (Get reminder, Response body example). */
    public static final String CURRENT_GET_ONE = """
            {
                "alertToken": "alert.token.1",
                "createdTime": "2019-08-14T15:40:55.002Z",
                "updatedTime": "2019-08-14T15:40:55.002Z",
                "status": "ON",
                "trigger": {
                    "type": "SCHEDULED_ABSOLUTE",
                    "timeZoneId": "America/Los_Angeles",
                    "recurrence": {
                        "startDateTime": "2019-05-10T6:00:00.000",
                        "endDateTime": "2019-08-10T10:00:00.000",
                        "recurrenceRules": [
                            "FREQ=DAILY;BYDAY=SU;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;",
                            "FREQ=MONTHLY;BYMONTHDAY=5;BYHOUR=10;INTERVAL=1;"
                        ]
                    }
                },
                "alertInfo": {
                    "spokenInfo": {
                        "content": [{
                            "locale": "en-US",
                            "text": "walk the dog.",
                            "ssml": "<speak> walk the dog</speak>"
                        }]
                    }
                },
                "pushNotification": {
                    "status": "ENABLED"
                },
                "version": "1"
            }
            """;

    /** The current page's list answer (List reminders, Response body example). */
    public static final String CURRENT_LIST = """
            {
                "totalCount": "string",
                "alerts": [{
                        "alertToken": "alert.token.1",
                        "createdTime": "2019-08-14T15:40:55.002Z",
                        "updatedTime": "2019-08-14T15:40:55.002Z",
                        "status": "ON",
                        "trigger": {
                            "type": "SCHEDULED_ABSOLUTE",
                            "timeZoneId": "America/Los_Angeles",
                            "recurrence": {
                                "startDateTime": "2019-05-10T6:00:00.000",
                                "endDateTime": "2019-08-10T10:00:00.000",
                                "recurrenceRules": [
                                    "FREQ=DAILY;BYDAY=SU;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;",
                                    "FREQ=MONTHLY;BYMONTHDAY=5;BYHOUR=10;INTERVAL=1;"
                                ]
                            }
                        },
                        "alertInfo": {
                            "spokenInfo": {
                                "content": [{
                                    "locale": "en-US",
                                    "text": "walk the dog.",
                                    "ssml": "<speak> walk the dog</speak>"
                                }]
                            }
                        },
                        "pushNotification": {
                            "status": "ENABLED"
                        },
                        "version": "1"
                    },
                    {
                        "alertToken": "alert.token.2",
                        "createdTime": "2019-08-13T15:40:55.002Z",
                        "updatedTime": "2019-08-13T15:40:55.002Z",
                        "status": "COMPLETED",
                        "trigger": {
                            "type": "SCHEDULED_RELATIVE",
                            "offsetInSeconds": "7200"
                        },
                        "alertInfo": {
                            "spokenInfo": {
                                "content": [{
                                    "locale": "en-US",
                                    "text": "call the dentist",
                                    "ssml": "<speak>call the dentist</speak>"
                                }]
                            }
                        },
                        "pushNotification": {
                            "status": "ENABLED"
                        }

                    }
                ],
                "links": "link.to.next.reminder"
            }
            """;

    /** The current page's update answer (Update reminder, Response body example). */
    public static final String CURRENT_UPDATE_RESPONSE = """
            {
              "alertToken": "alert.token.1",
              "createdTime": "2019-08-14T15:40:55.002Z",
              "updatedTime": "2019-08-15T11:20:25.000Z",
              "status": "ON",
              "version": "1",
              "href": "www.-example-updated-alert.com"
            }
            """;

    /** The older page's create answer, every value a placeholder. */
    public static final String OLDER_CREATE_RESPONSE = """
            {
              "alertToken": "string",
              "createdTime": "2019-08-14T15:40:55.002Z",
              "updatedTime": "2019-08-14T15:40:55.002Z",
              "status": "ON",
              "version": "string",
              "href": "string"
            }
            """;

    /** The older page's get-one answer: one reminder wrapped in a list. */
    public static final String OLDER_GET_ONE = """
            {
              "totalCount": "string",
              "alerts": [
                {
                  "alertToken": "string",
                  "createdTime": "2019-08-14T15:47:48.386Z",
                  "updatedTime": "2019-08-14T15:47:48.386Z",
                  "status": "ON",
                  "trigger": {
                    "type": "SCHEDULED_ABSOLUTE",
                    "scheduledTime": "2019-08-14T15:47:48.387Z",
                    "offsetInSeconds": 0,
                    "timeZoneId": "string",
                    "recurrence" : {
                      "startDateTime": "2019-05-10T6:00:00.000",
                      "endDateTime" : "2019-08-10T10:00:00.000",
                      "recurrenceRules" : [
                         "FREQ=DAILY;BYHOUR=6;BYMINUTE=10;BYSECOND=0;INTERVAL=1;",
                         "FREQ=DAILY;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;",
                         "FREQ=DAILY;BYHOUR=22;BYMINUTE=45;BYSECOND=0;INTERVAL=1;"
                      ]
                    }
                  },
                  "alertInfo": {
                    "spokenInfo": {
                      "content": [
                        {
                          "locale": "string",
                          "text": "string",
                          "ssml": "<speak> walk the dog</speak>"
                        }
                      ]
                    }
                  },
                  "pushNotification": {
                    "status": "ENABLED"
                  },
                  "version": "string"
                }
              ],
              "links": "string"
            }
            """;

    /** The older page's list answer (Get all reminders). */
    public static final String OLDER_LIST = """
            {
              "totalCount": "string",
              "alerts": [
                {
                  "alertToken": "string",
                  "createdTime": "2019-08-14T16:03:38.811Z",
                  "updatedTime": "2019-08-14T16:03:38.811Z",
                  "status": "ON",
                  "trigger": {
                    "type": "SCHEDULED_ABSOLUTE",
                    "scheduledTime": "2019-08-14T16:03:38.811Z",
                    "offsetInSeconds": 0,
                    "timeZoneId": "string",
                    "recurrence" : {
                      "startDateTime": "2019-05-10T6:00:00.000",
                      "endDateTime" : "2019-08-10T10:00:00.000",
                      "recurrenceRules" : [
                         "FREQ=DAILY;BYHOUR=6;BYMINUTE=10;BYSECOND=0;INTERVAL=1;",
                         "FREQ=DAILY;BYHOUR=17;BYMINUTE=15;BYSECOND=0;INTERVAL=1;",
                         "FREQ=DAILY;BYHOUR=22;BYMINUTE=45;BYSECOND=0;INTERVAL=1;"
                      ]
                    }
                  },
                  "alertInfo": {
                    "spokenInfo": {
                      "content": [
                        {
                          "locale": "string",
                          "text": "string",
                          "ssml": "<speak> walk the dog</speak>"
                        }
                      ]
                    }
                  },
                  "pushNotification": {
                    "status": "ENABLED"
                  },
                  "version": "string"
                }
              ],
              "links": "string"
            }
            """;
}

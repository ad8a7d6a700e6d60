package com.example.reminderskill.store;

import com.example.reminderskill.lazy.Once;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The store on Lambda: one DynamoDB table, one partition per user ({@code pk = USER#<userId>}),
 * one item per reminder, timer, processed id and outcome, told apart by the sort key's prefix.
 * Reminders carry a {@code revision} for conditional writes; whatever expires carries
 * {@code expiresAt} (epoch seconds), the table's TTL attribute. TTL deletes late, so readers and
 * conditions treat an item whose {@code expiresAt} has passed as absent; expiry is to the second.
 */
public final class DynamoDbSkillStore implements SkillStore {

    static final String PARTITION_KEY = "pk";
    static final String SORT_KEY = "sk";
    static final String DOCUMENT = "doc";
    static final String REVISION = "revision";
    static final String EXTERNAL_REFERENCE = "externalReference";
    static final String EXPIRES_AT = "expiresAt";

    static final String USER_PREFIX = "USER#";
    static final String REMINDER_PREFIX = "REMINDER#";
    static final String TIMER_PREFIX = "TIMER#";
    static final String PROCESSED_PREFIX = "PROCESSED#";
    static final String OUTCOME_PREFIX = "OUTCOME#";
    static final String DEVICE_PREFIX = "DEVICE#";
    private static final String PRIMING_USER = "amzn1.ask.account.priming";
    private static final Logger LOG = LoggerFactory.getLogger(DynamoDbSkillStore.class);

    /** BatchWriteItem takes at most 25 requests. */
    static final int BATCH_SIZE = 25;

    private static final int MAX_BATCH_ATTEMPTS = 8;

    /** Every expression names its attributes through these, so no attribute can clash with a reserved word. */
    private static final Map<String, String> NAMES = Map.of(
            "#pk",
            PARTITION_KEY,
            "#sk",
            SORT_KEY,
            "#revision",
            REVISION,
            "#externalReference",
            EXTERNAL_REFERENCE,
            "#expiresAt",
            EXPIRES_AT);

    private static final String ABSENT_OR_EXPIRED = "attribute_not_exists(#pk) OR #expiresAt < :now";
    private static final String NOT_EXPIRED = "(attribute_not_exists(#expiresAt) OR #expiresAt >= :now)";

    private final Supplier<DynamoDbClient> client;
    private final String tableName;
    private final Clock clock;

    /** A store on {@code tableName} through {@code client}; {@code clock} says what has expired. */
    public DynamoDbSkillStore(DynamoDbClient client, String tableName, Clock clock) {
        this(constant(Objects.requireNonNull(client, "client")), tableName, clock);
    }

    private DynamoDbSkillStore(Supplier<DynamoDbClient> client, String tableName, Clock clock) {
        this.client = client;
        this.tableName = Objects.requireNonNull(tableName, "tableName");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The store as Lambda configures it: the table from {@code TABLE_NAME}, the region from
     * {@code AWS_REGION}, the function's credentials from the environment, or with SnapStart from
     * the container credentials endpoint (SnapStart functions get no key variables). The client is
     * built on first use, so a cold start that never touches the store never pays for it.
     *
     * @throws IllegalStateException when {@code TABLE_NAME} or {@code AWS_REGION} is not set
     */
    public static DynamoDbSkillStore fromEnvironment(Clock clock) {
        return fromEnvironment(System::getenv, clock);
    }

    static DynamoDbSkillStore fromEnvironment(Function<String, String> environment, Clock clock) {
        String tableName = requiredSetting(environment, "TABLE_NAME", "the DynamoDB table of the skill's store");
        Region region = Region.of(requiredSetting(environment, "AWS_REGION", "the region of that table"));
        return new DynamoDbSkillStore(
                new Once<>(() -> DynamoDbClient.builder()
                        .httpClient(UrlConnectionHttpClient.create())
                        .region(region)
                        .credentialsProvider(AwsCredentialsProviderChain.of(
                                EnvironmentVariableCredentialsProvider.create(),
                                ContainerCredentialsProvider.builder().build()))
                        .build()),
                tableName,
                clock);
    }

    /**
     * Builds the client (HTTP client, credential chain, endpoint rules) and reads once the way a
     * turn does (GetItem, Query) for a user no one is, so a SnapStart snapshot holds a client that
     * has signed and sent requests. Nothing is written. A failed read is only logged: priming is
     * an optimisation, and the turn that needs the table will report what is wrong.
     */
    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void prime() {
        client.get();
        try {
            deviceZone(PRIMING_USER, "amzn1.ask.device.priming", clock.instant());
            reminders(PRIMING_USER);
        } catch (StoreException e) {
            LOG.warn("priming reads of the store failed: {}", e.getMessage());
        }
    }

    /** The table this store expects: the two string keys, billed per request. Enable TTL with {@link #timeToLiveDefinition}. */
    public static CreateTableRequest tableDefinition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .keySchema(
                        KeySchemaElement.builder()
                                .attributeName(PARTITION_KEY)
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName(SORT_KEY)
                                .keyType(KeyType.RANGE)
                                .build())
                .attributeDefinitions(
                        AttributeDefinition.builder()
                                .attributeName(PARTITION_KEY)
                                .attributeType(ScalarAttributeType.S)
                                .build(),
                        AttributeDefinition.builder()
                                .attributeName(SORT_KEY)
                                .attributeType(ScalarAttributeType.S)
                                .build())
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .build();
    }

    /** Turns on TTL on {@code expiresAt}, so that expired items are eventually deleted. */
    public static UpdateTimeToLiveRequest timeToLiveDefinition(String tableName) {
        return UpdateTimeToLiveRequest.builder()
                .tableName(tableName)
                .timeToLiveSpecification(TimeToLiveSpecification.builder()
                        .attributeName(EXPIRES_AT)
                        .enabled(true)
                        .build())
                .build();
    }

    @Override
    public Optional<KeptReminder> reminder(String userId, String alertToken) {
        Map<String, AttributeValue> item = getItem(userId, REMINDER_PREFIX + alertToken, "GetItem (reminder)");
        return Optional.of(item)
                .filter(found -> !found.isEmpty() && !expired(found, clock.instant()))
                .map(this::reminderFrom);
    }

    @Override
    public List<KeptReminder> reminders(String userId) {
        Instant now = clock.instant();
        return query(userId, REMINDER_PREFIX, Optional.empty(), "Query (reminders)").stream()
                .filter(item -> !expired(item, now))
                .map(this::reminderFrom)
                .toList();
    }

    /** Lets DynamoDB filter by {@code externalReference}, so only matching reminders travel. */
    @Override
    public Optional<KeptReminder> reminderByReference(String userId, String externalReference) {
        Instant now = clock.instant();
        return query(userId, REMINDER_PREFIX, Optional.of(externalReference), "Query (reminder by reference)").stream()
                .filter(item -> !expired(item, now))
                .map(this::reminderFrom)
                .filter(reminder -> reminder.state() != ReminderState.DELETED)
                .filter(reminder -> reminder.externalReference()
                        .filter(externalReference::equals)
                        .isPresent())
                .findFirst();
    }

    @Override
    public boolean putReminder(KeptReminder reminder) {
        Instant now = clock.instant();
        KeptReminder stored = reminder.nextRevision();
        Map<String, AttributeValue> item = key(stored.userId(), REMINDER_PREFIX + stored.alertToken());
        item.put(DOCUMENT, string(StoreJson.text(StoreJson.reminderNode(stored))));
        item.put(REVISION, number(stored.revision()));
        stored.externalReference().ifPresent(reference -> item.put(EXTERNAL_REFERENCE, string(reference)));
        StoreJson.reminderExpiry(stored, now)
                .ifPresent(expiry -> item.put(EXPIRES_AT, number(expiry.getEpochSecond())));
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":now", number(now.getEpochSecond()));
        String condition;
        if (reminder.revision() == 0) {
            condition = ABSENT_OR_EXPIRED;
        } else {
            condition = "#revision = :expected AND " + NOT_EXPIRED;
            values.put(":expected", number(reminder.revision()));
        }
        return conditionalPut(
                PutItemRequest.builder()
                        .tableName(tableName)
                        .item(item)
                        .conditionExpression(condition)
                        .expressionAttributeNames(namesIn(condition))
                        .expressionAttributeValues(values)
                        .build(),
                "PutItem (reminder)");
    }

    @Override
    public void putTimer(KeptTimer timer, Instant expiresAt) {
        Map<String, AttributeValue> item = key(timer.userId(), TIMER_PREFIX + timer.timerId());
        item.put(DOCUMENT, string(StoreJson.text(StoreJson.timerNode(timer))));
        item.put(EXPIRES_AT, number(expiresAt.getEpochSecond()));
        put(PutItemRequest.builder().tableName(tableName).item(item).build(), "PutItem (timer)");
    }

    @Override
    public List<KeptTimer> timers(String userId, Instant now) {
        return query(userId, TIMER_PREFIX, Optional.empty(), "Query (timers)").stream()
                .filter(item -> !expired(item, now))
                .map(item -> document(item, StoreJson::timer, "timer"))
                .toList();
    }

    @Override
    public void putDeviceZone(KeptDeviceZone device) {
        Map<String, AttributeValue> item = key(device.userId(), DEVICE_PREFIX + device.deviceId());
        item.put(DOCUMENT, string(StoreJson.text(StoreJson.deviceZoneNode(device))));
        item.put(EXPIRES_AT, number(device.expiresAt().getEpochSecond()));
        put(PutItemRequest.builder().tableName(tableName).item(item).build(), "PutItem (device zone)");
    }

    @Override
    public Optional<KeptDeviceZone> deviceZone(String userId, String deviceId, Instant now) {
        Map<String, AttributeValue> item = getItem(userId, DEVICE_PREFIX + deviceId, "GetItem (device zone)");
        return Optional.of(item)
                .filter(found -> !found.isEmpty())
                .map(found -> document(found, StoreJson::deviceZone, "device zone"))
                .filter(device -> device.isLiveAt(now));
    }

    @Override
    public boolean markProcessed(String userId, String id, Instant expiresAt) {
        Map<String, AttributeValue> item = key(userId, PROCESSED_PREFIX + id);
        item.put(EXPIRES_AT, number(expiresAt.getEpochSecond()));
        return conditionalPut(
                PutItemRequest.builder()
                        .tableName(tableName)
                        .item(item)
                        .conditionExpression(ABSENT_OR_EXPIRED)
                        .expressionAttributeNames(namesIn(ABSENT_OR_EXPIRED))
                        .expressionAttributeValues(
                                Map.of(":now", number(clock.instant().getEpochSecond())))
                        .build(),
                "PutItem (processed id)");
    }

    @Override
    public void putOutcome(MessageOutcome outcome, Instant expiresAt) {
        Map<String, AttributeValue> item = key(outcome.userId(), OUTCOME_PREFIX + outcome.reference());
        item.put(DOCUMENT, string(StoreJson.text(StoreJson.outcomeNode(outcome))));
        item.put(EXPIRES_AT, number(expiresAt.getEpochSecond()));
        put(PutItemRequest.builder().tableName(tableName).item(item).build(), "PutItem (outcome)");
    }

    @Override
    public Optional<MessageOutcome> outcome(String userId, String reference) {
        Map<String, AttributeValue> item = getItem(userId, OUTCOME_PREFIX + reference, "GetItem (outcome)");
        return Optional.of(item)
                .filter(found -> !found.isEmpty() && !expired(found, clock.instant()))
                .map(found -> document(found, StoreJson::outcome, "outcome"));
    }

    /** Deletes the user's whole partition, 25 items a request, sending again what DynamoDB left unprocessed. */
    @Override
    public void deleteUser(String userId) {
        List<WriteRequest> batch = new ArrayList<>(BATCH_SIZE);
        QueryRequest keysOnly = QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression("#pk = :pk")
                .projectionExpression("#pk, #sk")
                .expressionAttributeNames(Map.of("#pk", PARTITION_KEY, "#sk", SORT_KEY))
                .expressionAttributeValues(Map.of(":pk", string(USER_PREFIX + userId)))
                .consistentRead(true)
                .build();
        call("Query (user's keys)", () -> {
            client.get().queryPaginator(keysOnly).items().forEach(key -> {
                batch.add(WriteRequest.builder()
                        .deleteRequest(DeleteRequest.builder().key(key).build())
                        .build());
                if (batch.size() == BATCH_SIZE) {
                    deleteAll(batch);
                    batch.clear();
                }
            });
            return null;
        });
        if (!batch.isEmpty()) {
            deleteAll(batch);
        }
    }

    private void deleteAll(List<WriteRequest> deletes) {
        // What is still to delete, carried from one attempt to the next.
        AtomicReference<Map<String, List<WriteRequest>>> pending =
                new AtomicReference<>(Map.of(tableName, List.copyOf(deletes)));
        StoreRetries.upTo(
                MAX_BATCH_ATTEMPTS,
                "delete user",
                (timeout, earlierMayHaveTakenEffect) -> {
                    BatchWriteItemResponse response = call(
                            "BatchWriteItem (delete user)",
                            () -> client.get()
                                    .batchWriteItem(BatchWriteItemRequest.builder()
                                            .requestItems(pending.get())
                                            .build()));
                    if (response.hasUnprocessedItems()
                            && !response.unprocessedItems().isEmpty()) {
                        pending.set(response.unprocessedItems());
                        throw new StoreRetries.WriteNotDone("DynamoDB left items unprocessed");
                    }
                    return Boolean.TRUE;
                },
                () -> "DynamoDB BatchWriteItem (delete user) on table " + tableName
                        + " still left items unprocessed after " + MAX_BATCH_ATTEMPTS + " attempts");
    }

    private Map<String, AttributeValue> getItem(String userId, String sortKey, String operation) {
        return call(
                operation,
                () -> client.get()
                        .getItem(request -> request.tableName(tableName)
                                .key(key(userId, sortKey))
                                .consistentRead(true))
                        .item());
    }

    private List<Map<String, AttributeValue>> query(
            String userId, String sortKeyPrefix, Optional<String> externalReference, String operation) {
        Map<String, AttributeValue> values = new HashMap<>();
        values.put(":pk", string(USER_PREFIX + userId));
        values.put(":prefix", string(sortKeyPrefix));
        externalReference.ifPresent(reference -> values.put(":reference", string(reference)));
        String keyCondition = "#pk = :pk AND begins_with(#sk, :prefix)";
        Optional<String> filter = externalReference.map(reference -> "#externalReference = :reference");
        QueryRequest.Builder query = QueryRequest.builder()
                .tableName(tableName)
                .keyConditionExpression(keyCondition)
                .expressionAttributeNames(namesIn(keyCondition + filter.orElse("")))
                .expressionAttributeValues(values)
                .consistentRead(true);
        filter.ifPresent(query::filterExpression);
        QueryRequest request = query.build();
        return call(operation, () -> {
            List<Map<String, AttributeValue>> items = new ArrayList<>();
            client.get().queryPaginator(request).items().forEach(items::add);
            return items;
        });
    }

    private void put(PutItemRequest request, String operation) {
        call(operation, () -> client.get().putItem(request));
    }

    /** @return false when the condition failed: another writer got there first */
    private boolean conditionalPut(PutItemRequest request, String operation) {
        return call(operation, () -> {
            try {
                client.get().putItem(request);
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        });
    }

    private <T> T call(String operation, Supplier<T> action) {
        try {
            return action.get();
        } catch (SdkException e) {
            throw new StoreException(
                    "DynamoDB " + operation + " on table " + tableName + " failed: " + e.getMessage(), e);
        }
    }

    private KeptReminder reminderFrom(Map<String, AttributeValue> item) {
        return document(item, StoreJson::reminder, "reminder");
    }

    private <T> T document(Map<String, AttributeValue> item, Function<JsonNode, T> reader, String kind) {
        String where = "a " + kind + " item in table " + tableName;
        AttributeValue document = item.get(DOCUMENT);
        if (document == null || document.s() == null) {
            throw new StoreException("could not read " + where + ": it has no '" + DOCUMENT + "'");
        }
        return StoreJson.read(document.s(), reader, where);
    }

    /** Expired when its {@code expiresAt} second is before the current one, deleted by TTL or not. */
    private static boolean expired(Map<String, AttributeValue> item, Instant now) {
        AttributeValue expiresAt = item.get(EXPIRES_AT);
        return expiresAt != null && expiresAt.n() != null && Long.parseLong(expiresAt.n()) < now.getEpochSecond();
    }

    private static Map<String, AttributeValue> key(String userId, String sortKey) {
        Map<String, AttributeValue> key = new HashMap<>();
        key.put(PARTITION_KEY, string(USER_PREFIX + Objects.requireNonNull(userId, "userId")));
        key.put(SORT_KEY, string(sortKey));
        return key;
    }

    /** The attribute names an expression uses: DynamoDB refuses names that an expression does not use. */
    private static Map<String, String> namesIn(String expression) {
        Map<String, String> used = new HashMap<>();
        NAMES.forEach((placeholder, name) -> {
            if (expression.contains(placeholder)) {
                used.put(placeholder, name);
            }
        });
        return used;
    }

    private static AttributeValue string(String value) {
        return AttributeValue.builder().s(value).build();
    }

    private static AttributeValue number(long value) {
        return AttributeValue.builder().n(Long.toString(value)).build();
    }

    private static String requiredSetting(Function<String, String> environment, String name, String what) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " (" + what + ") is not set");
        }
        return value;
    }

    private static <T> Supplier<T> constant(T value) {
        return () -> value;
    }
}

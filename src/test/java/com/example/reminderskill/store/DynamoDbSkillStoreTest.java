package com.example.reminderskill.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** The DynamoDB store against a DynamoDB-compatible server (dynalite): the shared contract, plus the table layout and lazy expiry. */
class DynamoDbSkillStoreTest extends SkillStoreContract {

    @RegisterExtension
    static final DynamoDbTestServer DYNAMODB = new DynamoDbTestServer();

    private final List<DynamoDbClient> extraClients = new ArrayList<>();
    private String tableName;

    @Override
    protected void freshData() {
        tableName = DYNAMODB.createTable();
    }

    /** Each further store gets a client of its own, as another Lambda instance would. */
    @Override
    protected SkillStore openStore(Clock clock) {
        if (store == null) {
            return new DynamoDbSkillStore(DYNAMODB.client(), tableName, clock);
        }
        DynamoDbClient client = DYNAMODB.newClient();
        extraClients.add(client);
        return new DynamoDbSkillStore(client, tableName, clock);
    }

    @AfterEach
    void closeExtraClients() {
        extraClients.forEach(DynamoDbClient::close);
    }

    @Test
    void tableDefinition_isWhatTheStoreUses() {
        TableDescription table = DYNAMODB.client()
                .describeTable(request -> request.tableName(tableName))
                .table();

        assertThat(table.keySchema())
                .containsExactly(
                        KeySchemaElement.builder()
                                .attributeName("pk")
                                .keyType(KeyType.HASH)
                                .build(),
                        KeySchemaElement.builder()
                                .attributeName("sk")
                                .keyType(KeyType.RANGE)
                                .build());
        assertThat(table.attributeDefinitions())
                .allSatisfy(attribute ->
                        assertThat(attribute.attributeTypeAsString()).isEqualTo("S"));
        assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        // dynalite has no TTL; the stack's table turns it on (SkillStackTemplateTest), on this attribute.
        assertThat(DynamoDbSkillStore.timeToLiveDefinition(tableName).timeToLiveSpecification())
                .satisfies(ttl -> {
                    assertThat(ttl.attributeName()).isEqualTo("expiresAt");
                    assertThat(ttl.enabled()).isTrue();
                });
    }

    @Test
    void reminderItem_carriesItsKeysRevisionAndReference_andATombstoneExpiresInThirtyDays() {
        store.putReminder(fullReminder(USER, "token-1"));
        store.putReminder(KeptReminder.unknown(USER, "token-2", START).withState(ReminderState.DELETED, START));

        Map<String, AttributeValue> live = rawItem("REMINDER#token-1");
        Map<String, AttributeValue> deleted = rawItem("REMINDER#token-2");

        assertThat(live.get("pk").s()).isEqualTo("USER#" + USER);
        assertThat(live.get("revision").n()).isEqualTo("1");
        assertThat(live.get("externalReference").s()).isEqualTo("match-42");
        assertThat(live).containsKey("doc").doesNotContainKey("expiresAt");
        assertThat(deleted).doesNotContainKey("externalReference");
        assertThat(deleted.get("expiresAt").n())
                .isEqualTo(String.valueOf(START.plus(Duration.ofDays(30)).getEpochSecond()));
    }

    @Test
    void expiredProcessedItem_countsAsAbsent_beforeTtlDeletesIt() {
        Instant expiresAt = START.plus(Duration.ofMinutes(5));
        store.markProcessed(USER, "event-1", expiresAt);
        clock.set(expiresAt.plus(Duration.ofMinutes(1)));

        Map<String, AttributeValue> stillThere = rawItem("PROCESSED#event-1");
        boolean markedAgain =
                store.markProcessed(USER, "event-1", clock.instant().plus(Duration.ofMinutes(5)));

        assertThat(stillThere.get("expiresAt").n()).isEqualTo(String.valueOf(expiresAt.getEpochSecond()));
        assertThat(markedAgain).isTrue();
        assertThat(rawItem("PROCESSED#event-1").get("expiresAt").n())
                .isEqualTo(String.valueOf(
                        clock.instant().plus(Duration.ofMinutes(5)).getEpochSecond()));
    }

    @Test
    void prime_writesNothing_andAMissingTableDoesNotStopIt() {
        store.prime();
        new DynamoDbSkillStore(DYNAMODB.client(), "no-such-table", clock).prime();

        assertThat(DYNAMODB.client()
                        .scan(ScanRequest.builder().tableName(tableName).build())
                        .count())
                .isZero();
    }

    @Test
    void missingTable_failsWithAStoreExceptionNamingIt() {
        SkillStore onMissingTable = new DynamoDbSkillStore(DYNAMODB.client(), "no-such-table", clock);

        StoreException failure = catchThrowableOfType(StoreException.class, () -> onMissingTable.reminders(USER));

        assertThat(failure).hasMessageContaining("no-such-table").hasMessageContaining("Query");
    }

    @Test
    void fromEnvironment_needsTheTableName_andBuildsNoClientUntilUsed() {
        assertThatThrownBy(() -> DynamoDbSkillStore.fromEnvironment(
                        Map.<String, String>of("AWS_REGION", "eu-west-1")::get, clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TABLE_NAME");
        assertThatThrownBy(() ->
                        DynamoDbSkillStore.fromEnvironment(Map.<String, String>of("TABLE_NAME", "skill")::get, clock))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AWS_REGION");

        assertThat(DynamoDbSkillStore.fromEnvironment(
                                Map.of("TABLE_NAME", "skill", "AWS_REGION", "eu-west-1")::get, clock)
                        .clock())
                .isSameAs(clock);
    }

    @Test
    void deleteUser_sendsAgainWhatDynamoDbLeftUnprocessed() {
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            keys.add(Map.of("pk", AttributeValue.fromS("USER#" + USER), "sk", AttributeValue.fromS("TIMER#" + i)));
        }
        WriteRequest leftOver = WriteRequest.builder()
                .deleteRequest(request -> request.key(keys.get(3)))
                .build();
        List<BatchWriteItemRequest> sent = new ArrayList<>();
        DynamoDbClient throttling = new DynamoDbClient() {
            @Override
            public QueryResponse query(QueryRequest request) {
                return QueryResponse.builder().items(keys).build();
            }

            @Override
            public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
                sent.add(request);
                return sent.size() == 1
                        ? BatchWriteItemResponse.builder()
                                .unprocessedItems(Map.of("table", List.of(leftOver)))
                                .build()
                        : BatchWriteItemResponse.builder().build();
            }

            @Override
            public String serviceName() {
                return SERVICE_NAME;
            }

            @Override
            public void close() {}
        };

        new DynamoDbSkillStore(throttling, "table", clock).deleteUser(USER);

        assertThat(sent)
                .extracting(request -> request.requestItems().get("table").size())
                .containsExactly(25, 1, 5);
        assertThat(sent.get(1).requestItems().get("table")).containsExactly(leftOver);
    }

    private Map<String, AttributeValue> rawItem(String sortKey) {
        return DYNAMODB.client()
                .getItem(GetItemRequest.builder()
                        .tableName(tableName)
                        .consistentRead(true)
                        .key(Map.of("pk", AttributeValue.fromS("USER#" + USER), "sk", AttributeValue.fromS(sortKey)))
                        .build())
                .item();
    }
}

package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ask.smapi.model.v1.skill.Manifest.CustomApis;
import com.amazon.ask.smapi.model.v1.skill.Manifest.EventName;
import com.amazon.ask.smapi.model.v1.skill.Manifest.EventNameType;
import com.amazon.ask.smapi.model.v1.skill.Manifest.PermissionItems;
import com.amazon.ask.smapi.model.v1.skill.Manifest.PermissionName;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifest;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifestEnvelope;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifestLocalizedPrivacyAndCompliance;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifestLocalizedPublishingInformation;
import com.amazon.ask.smapi.model.v1.skill.Manifest.SkillManifestPrivacyAndCompliance;
import com.amazon.ask.smapi.model.v1.skill.interactionModel.Intent;
import com.amazon.ask.smapi.model.v1.skill.interactionModel.InteractionModelData;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads {@code skill-package/skill.json} and the interaction models the way the deploy hands them to SMAPI, with
 * the official SMAPI model ({@code ask-smapi-model}) and a strict Jackson mapper: a misspelled field, a value of the
 * wrong JSON type, a duplicate key or an enum value the model does not know fails. Then checks what the deploy
 * needs from the manifest: the reminders and timers permissions, the event subscriptions the skill handles, the
 * publishing information of every locale, the custom endpoint and the privacy section. The endpoints and the event
 * subscriptions are written by {@code ask deploy} after the stack deploy; {@link #deployedManifestJson} makes the
 * manifest it then uploads, which is checked as strictly. The working copy of skill.json after an {@code ask deploy}
 * (with the function's ARN and the events written in) passes too.
 *
 * <p>The SMAPI model keeps enum properties as strings and maps unknown ones to {@code UNKNOWN_TO_SDK_VERSION} in
 * its getters, so no Jackson enum feature can reject them; {@link #unknownEnumValues} walks the object graph for
 * those instead. A round trip (the file's JSON against the model written back, where the model may add only
 * the empty defaults of its builders) proves nothing was dropped, renamed or coerced.
 */
class SkillManifestTest {

    private static final Path SKILL_PACKAGE = Path.of("skill-package");
    private static final Path MANIFEST = SKILL_PACKAGE.resolve("skill.json");
    private static final Path MODEL_DIR = SKILL_PACKAGE.resolve(Path.of("interactionModels", "custom"));
    private static final Path ASK_RESOURCES = Path.of("ask-resources.json");
    /** What the stack's SkillEndpoint output looks like: the ARN of the function's live alias. */
    private static final String DEPLOYED_ENDPOINT =
            "arn:aws:lambda:us-east-1:123456789012:function:ask-ReminderHelper-default-skil-SkillFunction-AbCdEf012345:live";
    /** A Lambda function's ARN, or its alias's or version's. */
    private static final Pattern LAMBDA_ARN = Pattern.compile(
            "arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?");
    /** Icons in the skill package, which ask deploy uploads with the manifest; sizes as the developer console asks. */
    private static final String ICON_PREFIX = "file://assets/images/";

    private static final int SMALL_ICON_SIZE = 108;
    private static final int LARGE_ICON_SIZE = 512;
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "de-DE");
    private static final String UNKNOWN_ENUM = "UNKNOWN_TO_SDK_VERSION";
    private static final String SMAPI_PACKAGE = "com.amazon.ask.smapi.";

    private static final List<String> PERMISSIONS =
            List.of("alexa::alerts:reminders:skill:readwrite", "alexa::alerts:timers:skill:readwrite");
    private static final List<String> EVENTS = List.of(
            "REMINDER_STARTED",
            "REMINDER_CREATED",
            "REMINDER_UPDATED",
            "REMINDER_DELETED",
            "REMINDER_STATUS_CHANGED",
            "SKILL_DISABLED",
            "SKILL_PERMISSION_ACCEPTED",
            "SKILL_PERMISSION_CHANGED");
    private static final List<String> REQUIRED_BUILT_IN_INTENTS =
            List.of("AMAZON.CancelIntent", "AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.FallbackIntent");

    /**
     * Configured like ask-sdk-model-runtime's {@code JacksonSerializer} (JavaTimeModule, ISO dates), but strict
     * where that one is lenient, and leaving out nulls only (the SDK's NON_EMPTY would also hide the file's
     * {@code {}} values from the round trip).
     */
    private static final ObjectMapper STRICT = strictMapper();

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
                .enable(
                        DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(
                        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                        DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        // A number or boolean where the schema wants a string (e.g. "manifestVersion": 1.0) is an error, not "1.0".
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /**
     * The strict check: deserializes {@code json} into {@code type}, rejects any enum value the model does not
     * know, and requires the re-serialized model to say what the file says. Throws on any failure.
     */
    private static <T> T readStrictly(String json, Class<T> type, String what) throws IOException {
        T value = STRICT.readValue(json, type);
        List<String> unknown = unknownEnumValues(value, what);
        if (!unknown.isEmpty()) {
            throw new AssertionError(what + ": enum values unknown to the SMAPI model: " + unknown);
        }
        List<String> differences = new ArrayList<>();
        diff(STRICT.readTree(json), STRICT.valueToTree(value), what, differences);
        if (!differences.isEmpty()) {
            throw new AssertionError(what + ": the SMAPI model does not round-trip the file: " + differences);
        }
        return value;
    }

    /**
     * Differences between the file's JSON and the model written back. Nulls in the file count as absent, and the
     * model may add only what its builders default: nulls, empty lists and empty maps.
     */
    private static void diff(JsonNode file, JsonNode written, String path, List<String> out) {
        if (file.isObject() && written.isObject()) {
            file.properties().forEach(e -> {
                JsonNode other = written.get(e.getKey());
                if (e.getValue().isNull()) {
                    if (other != null && !other.isNull()) {
                        out.add(path + "." + e.getKey() + ": null became " + other);
                    }
                } else if (other == null || other.isNull()) {
                    out.add(path + "." + e.getKey() + ": dropped");
                } else {
                    diff(e.getValue(), other, path + "." + e.getKey(), out);
                }
            });
            written.properties().forEach(e -> {
                JsonNode v = e.getValue();
                boolean defaulted = v.isNull() || (v.isContainerNode() && v.isEmpty());
                if (!file.has(e.getKey()) && !defaulted) {
                    out.add(path + "." + e.getKey() + ": added " + v);
                }
            });
        } else if (file.isArray() && written.isArray()) {
            if (file.size() != written.size()) {
                out.add(path + ": " + file.size() + " elements became " + written.size());
                return;
            }
            for (int i = 0; i < file.size(); i++) {
                diff(file.get(i), written.get(i), path + "[" + i + "]", out);
            }
        } else if (file.isNumber() && written.isNumber()) {
            if (file.decimalValue().compareTo(written.decimalValue()) != 0) {
                out.add(path + ": " + file + " became " + written);
            }
        } else if (!file.equals(written)) {
            out.add(path + ": " + file + " became " + written);
        }
    }

    /**
     * Paths of every SMAPI enum property in the graph whose raw value is set but unknown to the model, as
     * {@code path=raw}. An enum getter of an unset property also answers UNKNOWN_TO_SDK_VERSION, hence the raw
     * value from its {@code ...AsString} twin.
     */
    static List<String> unknownEnumValues(Object root, String rootPath) {
        List<String> found = new ArrayList<>();
        walk(root, rootPath, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found;
    }

    private static void walk(Object node, String path, List<String> found, Set<Object> seen) {
        if (node == null) {
            return;
        }
        if (node instanceof Enum<?> e) {
            if (e.name().equals(UNKNOWN_ENUM)) {
                found.add(path + "=" + UNKNOWN_ENUM);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "[" + k + "]", found, seen));
            return;
        }
        if (node instanceof Collection<?> collection) {
            Iterator<?> it = collection.iterator();
            for (int i = 0; it.hasNext(); i++) {
                walk(it.next(), path + "[" + i + "]", found, seen);
            }
            return;
        }
        if (!node.getClass().getName().startsWith(SMAPI_PACKAGE) || !seen.add(node)) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (!getter.getName().startsWith("get")
                    || getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            String property =
                    path + "." + Character.toLowerCase(getter.getName().charAt(3))
                            + getter.getName().substring(4);
            Object value = invoke(getter, node);
            if (value instanceof Enum<?> e && e.name().equals(UNKNOWN_ENUM)) {
                Object raw = rawEnumValue(node, getter);
                if (raw != null) {
                    found.add(property + "=" + raw);
                }
            } else if (!getter.getName().endsWith("AsString")) {
                walk(value, property, found, seen);
            }
        }
    }

    /** The string behind an enum getter, or the enum itself when the model has no string twin for it. */
    private static Object rawEnumValue(Object owner, Method enumGetter) {
        try {
            return invoke(owner.getClass().getMethod(enumGetter.getName() + "AsString"), owner);
        } catch (NoSuchMethodException e) {
            return UNKNOWN_ENUM;
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + getter + " of " + target.getClass().getName(), e);
        }
    }

    private static String read(Path file) throws IOException {
        assertThat(file).isRegularFile();
        return Files.readString(file);
    }

    private static SkillManifest manifest() throws IOException {
        SkillManifestEnvelope envelope = readStrictly(read(MANIFEST), SkillManifestEnvelope.class, "skill.json");
        assertThat(envelope.getManifest()).as("skill.json has a manifest").isNotNull();
        return envelope.getManifest();
    }

    /** {@code skillEvents} of the cfn-deployer's userConfig in ask-resources.json. */
    private static JsonNode skillEvents() throws IOException {
        JsonNode events =
                STRICT.readTree(read(ASK_RESOURCES)).at("/profiles/default/skillInfrastructure/userConfig/skillEvents");
        assertThat(events.isObject())
                .as("ask-resources.json: profiles.default.skillInfrastructure.userConfig.skillEvents")
                .isTrue();
        return events;
    }

    private static List<String> skillEventSubscriptions() throws IOException {
        List<String> names = new ArrayList<>();
        skillEvents().path("subscriptions").forEach(name -> names.add(name.asText()));
        return names;
    }

    /**
     * skill.json as {@code ask deploy} rewrites and uploads it again after the stack deploy (the ASK CLI's
     * {@code SkillInfrastructureController.updateSkillManifestWithDeployResult}, 2.x): the stack's SkillEndpoint
     * output becomes the endpoint of every API under {@code apis} (no {@code targetEndpoints} configured) and, as
     * {@code skillEvents} is configured, {@code events.endpoint}, and skillEvents' subscriptions and publications
     * become {@code events.subscriptions} and {@code events.publications}. Compact JSON.
     */
    private static String deployedManifestJson() throws IOException {
        ObjectNode root = (ObjectNode) STRICT.readTree(read(MANIFEST));
        ObjectNode manifest = (ObjectNode) root.get("manifest");
        ObjectNode apis = (ObjectNode) manifest.get("apis");
        apis.fieldNames()
                .forEachRemaining(domain ->
                        ((ObjectNode) apis.get(domain)).putObject("endpoint").put("uri", DEPLOYED_ENDPOINT));
        JsonNode skillEvents = skillEvents();
        ObjectNode events = manifest.has("events") ? (ObjectNode) manifest.get("events") : manifest.putObject("events");
        events.putObject("endpoint").put("uri", DEPLOYED_ENDPOINT);
        for (String kind : List.of("subscriptions", "publications")) {
            if (skillEvents.has(kind)) {
                ArrayNode names = events.putArray(kind);
                skillEvents.get(kind).forEach(name -> names.addObject().put("eventName", name.asText()));
            }
        }
        return STRICT.writeValueAsString(root);
    }

    private static SkillManifest deployedManifest() throws IOException {
        return readStrictly(deployedManifestJson(), SkillManifestEnvelope.class, "skill.json as ask deploy uploads it")
                .getManifest();
    }

    private static InteractionModelData interactionModel(String locale) throws IOException {
        InteractionModelData data =
                readStrictly(read(MODEL_DIR.resolve(locale + ".json")), InteractionModelData.class, locale + ".json");
        assertThat(data.getInteractionModel())
                .as("%s has an interactionModel", locale)
                .isNotNull();
        assertThat(data.getInteractionModel().getLanguageModel())
                .as("%s has a languageModel", locale)
                .isNotNull();
        return data;
    }

    private static String invocationName(String locale) throws IOException {
        return interactionModel(locale).getInteractionModel().getLanguageModel().getInvocationName();
    }

    @Test
    void manifestDeserializesStrictlyWithTheSmapiModel() throws IOException {
        SkillManifest manifest = manifest();
        assertThat(manifest.getManifestVersionAsString()).isEqualTo("1.0");
        assertThat(unknownEnumValues(manifest, "manifest")).isEmpty();
    }

    @Test
    void permissionsAreExactlyRemindersAndTimers() throws IOException {
        List<PermissionItems> permissions = manifest().getPermissions();
        assertThat(permissions)
                .extracting(PermissionItems::getNameAsString)
                .containsExactlyInAnyOrderElementsOf(PERMISSIONS);
        assertThat(permissions)
                .extracting(PermissionItems::getName)
                .containsExactlyInAnyOrder(
                        PermissionName.ALEXA_ALERTS_REMINDERS_SKILL_READWRITE,
                        PermissionName.ALEXA_ALERTS_TIMERS_SKILL_READWRITE);
    }

    /**
     * SMAPI refuses subscriptions without an events endpoint, and the first {@code ask deploy} uploads the manifest
     * before the stack (and so the function) exists. So skill.json has no {@code events}: the subscriptions are the
     * cfn-deployer's {@code skillEvents}, which ask deploy writes into the manifest after the stack deploy, with
     * the function's ARN as {@code events.endpoint}.
     */
    @Test
    void eventSubscriptionsCoverTheRemindersLifecycleAndPermissionChanges() throws IOException {
        SkillManifest manifest = manifest();
        if (manifest.getApis().getCustom().getEndpoint() == null) { // else ask deploy wrote them: see the test below
            assertThat(manifest.getEvents())
                    .as("skill.json's events (they come from ask-resources.json's skillEvents)")
                    .isNull();
        }
        assertThat(skillEvents().get("subscriptions"))
                .as("skillEvents.subscriptions")
                .isNotNull();

        SkillManifest deployed = deployedManifest();
        assertThat(deployed.getEvents()).as("events").isNotNull();
        List<EventName> subscriptions = deployed.getEvents().getSubscriptions();
        assertThat(subscriptions)
                .extracting(EventName::getEventNameAsString)
                .doesNotHaveDuplicates()
                .containsAll(EVENTS);
        assertThat(subscriptions)
                .extracting(EventName::getEventName)
                .doesNotContain(EventNameType.UNKNOWN_TO_SDK_VERSION);
        assertThat(unknownEnumValues(deployed, "deployed manifest")).isEmpty();
    }

    /** The events reach the function the requests reach: the one endpoint the stack's SkillEndpoint output gives. */
    @Test
    void asDeployed_requestsAndEventsGoToTheStacksEndpoint() throws IOException {
        SkillManifest deployed = deployedManifest();
        assertThat(deployed.getApis().getCustom().getEndpoint().getUri()).isEqualTo(DEPLOYED_ENDPOINT);
        assertThat(deployed.getEvents().getEndpoint()).as("events.endpoint").isNotNull();
        assertThat(deployed.getEvents().getEndpoint().getUri()).isEqualTo(DEPLOYED_ENDPOINT);
        // With targetEndpoints set, ask deploy would write only the APIs it names.
        assertThat(STRICT.readTree(read(ASK_RESOURCES))
                        .at("/profiles/default/skillInfrastructure/userConfig/targetEndpoints")
                        .isMissingNode())
                .as("userConfig.targetEndpoints absent")
                .isTrue();
    }

    static Stream<String> locales() {
        return LOCALES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void publishingInformationOfEveryLocaleIsComplete(String locale) throws IOException {
        Map<String, SkillManifestLocalizedPublishingInformation> locales =
                manifest().getPublishingInformation().getLocales();
        assertThat(locales).as("publishing locales").containsOnlyKeys(LOCALES);
        SkillManifestLocalizedPublishingInformation info = locales.get(locale);
        assertThat(info.getName()).as("%s name", locale).isNotBlank();
        assertThat(info.getSummary()).as("%s summary", locale).isNotBlank();
        assertThat(info.getDescription()).as("%s description", locale).isNotBlank();

        String invocationName = invocationName(locale);
        assertThat(invocationName).as("%s invocation name", locale).isNotBlank();
        assertThat(info.getExamplePhrases())
                .as("%s example phrases", locale)
                .hasSizeBetween(1, 3)
                .doesNotHaveDuplicates();
        for (String phrase : info.getExamplePhrases()) {
            assertThat(phrase)
                    .as("%s example phrase", locale)
                    .startsWith("Alexa,")
                    .contains(invocationName);
        }
    }

    /**
     * Certification asks that each example phrase work: after the launch words and the invocation
     * name, what is left must be one of the locale's sample utterances (slots match any words).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void everyExamplePhraseMatchesASampleUtterance(String locale) throws IOException {
        String invocationName = invocationName(locale);
        List<Pattern> samples = new ArrayList<>();
        JsonNode intents = STRICT.readTree(read(MODEL_DIR.resolve(locale + ".json")))
                .at("/interactionModel/languageModel/intents");
        intents.forEach(intent -> intent.path("samples").forEach(sample -> samples.add(utterance(sample.asText()))));
        Pattern launch = Pattern.compile("(?i)alexa, (open|start|ask|tell|öffne|starte|frage|sage) "
                + Pattern.quote(invocationName) + "(?: (?:to|for|nach|zu|dass) )?(.*)");

        for (String phrase :
                manifest().getPublishingInformation().getLocales().get(locale).getExamplePhrases()) {
            Matcher parts = launch.matcher(phrase);
            assertThat(parts.matches())
                    .as("%s: '%s' opens with the launch words and '%s'", locale, phrase, invocationName)
                    .isTrue();
            String rest = parts.group(2).strip();
            assertThat(rest.isEmpty()
                            || samples.stream()
                                    .anyMatch(sample -> sample.matcher(rest).matches()))
                    .as("%s: '%s' is a sample utterance", locale, rest)
                    .isTrue();
        }
    }

    /** A sample utterance as a pattern: its words as they are, each {slot} any words. */
    private static Pattern utterance(String sample) {
        StringBuilder regex = new StringBuilder("(?iu)");
        for (String part : sample.split("(?=\\{)|(?<=})")) {
            regex.append(part.startsWith("{") ? ".+" : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /**
     * The first {@code ask deploy} uploads the manifest before the stack exists, and SMAPI refuses a placeholder
     * Lambda ARN ("The trigger setting for the Lambda ... is invalid"). So the custom API has no endpoint in
     * skill.json; ask deploy writes the stack's SkillEndpoint output into it and uploads the manifest again.
     */
    @Test
    void customApiIsDeclared_itsEndpointLeftToAskDeploy() throws IOException {
        SkillManifest manifest = manifest();
        CustomApis custom = manifest.getApis().getCustom();
        assertThat(custom).as("apis.custom").isNotNull();
        assertThat(custom.getRegions()).as("apis.custom.regions").isNullOrEmpty();
        if (custom.getEndpoint() == null) {
            assertThat(read(MANIFEST)).as("no Lambda ARN in skill.json").doesNotContain("arn:aws:lambda");
            assertThat(manifest.getEvents()).as("events without an endpoint").isNull();
        } else {
            // The working copy after an ask deploy, which wrote the function's ARN and the events in.
            assertThat(custom.getEndpoint().getUri())
                    .as("apis.custom.endpoint.uri written by ask deploy")
                    .matches(LAMBDA_ARN)
                    .doesNotContain(":000000000000:");
            assertThat(manifest.getEvents()).as("events written by ask deploy").isNotNull();
            assertThat(manifest.getEvents().getEndpoint().getUri())
                    .as("events.endpoint.uri")
                    .isEqualTo(custom.getEndpoint().getUri());
            assertThat(manifest.getEvents().getSubscriptions())
                    .extracting(EventName::getEventNameAsString)
                    .as("events.subscriptions as ask deploy wrote them from skillEvents")
                    .containsExactlyElementsOf(skillEventSubscriptions());
        }
    }

    /**
     * Certification wants icons, a privacy policy and terms of use in every locale. The icons are placeholders the
     * skill package carries, the links placeholders on example.com: see the README's "Before you publish".
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void iconsAndPrivacyLinksOfEveryLocaleAreSet(String locale) throws IOException {
        SkillManifest manifest = manifest();
        SkillManifestLocalizedPublishingInformation info =
                manifest.getPublishingInformation().getLocales().get(locale);
        assertIcon(info.getSmallIconUri(), SMALL_ICON_SIZE, locale + " smallIconUri");
        assertIcon(info.getLargeIconUri(), LARGE_ICON_SIZE, locale + " largeIconUri");
        SkillManifestLocalizedPrivacyAndCompliance privacy =
                manifest.getPrivacyAndCompliance().getLocales().get(locale);
        assertThat(privacy.getPrivacyPolicyUrl())
                .as("%s privacyPolicyUrl", locale)
                .startsWith("https://");
        assertThat(privacy.getTermsOfUseUrl()).as("%s termsOfUseUrl", locale).startsWith("https://");
        assertThat(manifest.getPublishingInformation().getTestingInstructions())
                .as("testingInstructions")
                .isNotBlank();
    }

    private static void assertIcon(String uri, int size, String what) throws IOException {
        assertThat(uri).as(what).startsWith(ICON_PREFIX).endsWith(".png");
        Path file = SKILL_PACKAGE.resolve(uri.substring("file://".length()));
        assertThat(file).as(what).isRegularFile();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as("%s is a PNG", what).isNotNull();
        assertThat(image.getWidth()).as("%s width", what).isEqualTo(size);
        assertThat(image.getHeight()).as("%s height", what).isEqualTo(size);
    }

    @Test
    void privacyAndComplianceCoversEveryLocale() throws IOException {
        SkillManifestPrivacyAndCompliance privacy = manifest().getPrivacyAndCompliance();
        assertThat(privacy).as("privacyAndCompliance").isNotNull();
        assertThat(privacy.getLocales()).as("privacyAndCompliance.locales").containsOnlyKeys(LOCALES);
        assertThat(Stream.of(
                        privacy.getAllowsPurchases(),
                        privacy.getUsesPersonalInfo(),
                        privacy.getIsChildDirected(),
                        privacy.getIsExportCompliant(),
                        privacy.getContainsAds()))
                .as("the five compliance answers are all given")
                .doesNotContainNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locales")
    void interactionModelDeserializesStrictlyAndHasTheRequiredBuiltIns(String locale) throws IOException {
        InteractionModelData data = interactionModel(locale);
        assertThat(unknownEnumValues(data, locale)).isEmpty();
        List<String> intents = data.getInteractionModel().getLanguageModel().getIntents().stream()
                .map(Intent::getName)
                .collect(Collectors.toList());
        assertThat(intents).as("%s intents", locale).containsAll(REQUIRED_BUILT_IN_INTENTS);
    }

    static Stream<Arguments> brokenManifests() {
        return Stream.of(
                Arguments.of("misspelled field", "\"permissions\":", "\"permisions\":", "permisions"),
                Arguments.of(
                        "unknown event",
                        "\"eventName\":\"SKILL_DISABLED\"",
                        "\"eventName\":\"REMINDER_SNOOZED\"",
                        "REMINDER_SNOOZED"),
                Arguments.of(
                        "unknown permission",
                        "\"alexa::alerts:timers:skill:readwrite\"",
                        "\"alexa::alerts:timers:skill:write\"",
                        "alexa::alerts:timers:skill:write"),
                Arguments.of("unknown country", "\"AT\"", "\"XX\"", "distributionCountries[3]"),
                Arguments.of(
                        "number for a string",
                        "\"manifestVersion\":\"1.0\"",
                        "\"manifestVersion\":1.0",
                        "manifestVersion"),
                Arguments.of(
                        "duplicate key",
                        "\"manifestVersion\":\"1.0\",",
                        "\"manifestVersion\":\"1.0\", \"manifestVersion\":\"1.0\",",
                        "manifestVersion"));
    }

    /** Mutations of the manifest as ask deploy uploads it after the stack deploy (compact JSON, with events). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenManifests")
    void theStrictCheckRejectsABrokenManifest(String name, String original, String broken, String reported)
            throws IOException {
        String json = deployedManifestJson();
        assertThat(json)
                .as("the deployed skill.json contains %s once", original)
                .containsOnlyOnce(original);
        String mutated = json.replace(original, broken);
        assertThatThrownBy(() -> readStrictly(mutated, SkillManifestEnvelope.class, "skill.json (" + name + ")"))
                .hasMessageContaining(reported);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en-US", "de-DE"})
    void theStrictCheckRejectsABrokenInteractionModel(String locale) throws IOException {
        String json = read(MODEL_DIR.resolve(locale + ".json"));
        String misspelled = json.replaceFirst("\"invocationName\":", "\"invocationNam\":");
        assertThatThrownBy(() -> readStrictly(misspelled, InteractionModelData.class, locale))
                .hasMessageContaining("invocationNam");
        assertThat(json).containsOnlyOnce("\"delegationStrategy\": \"SKILL_RESPONSE\"");
        String unknownStrategy = json.replace(
                "\"delegationStrategy\": \"SKILL_RESPONSE\"", "\"delegationStrategy\": \"SKILL_RESPONSES\"");
        assertThatThrownBy(() -> readStrictly(unknownStrategy, InteractionModelData.class, locale))
                .hasMessageContaining("delegationStrategy=SKILL_RESPONSES");
    }
}

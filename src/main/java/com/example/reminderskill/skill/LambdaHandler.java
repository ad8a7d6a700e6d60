package com.example.reminderskill.skill;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.example.reminderskill.http.JdkHttpApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWS Lambda entry point ({@code com.example.reminderskill.skill.LambdaHandler::handleRequest}).
 * It serves only the skill named by the {@code SKILL_ID} environment variable, through a
 * {@link TreeStreamHandler} (what the SDK's {@code SkillStreamHandler} does, reading each request
 * once). With SnapStart, Lambda snapshots the function after
 * {@link #beforeCheckpoint} has run the skill's hot paths, so a restored function answers its
 * first request with warm code.
 */
public final class LambdaHandler implements RequestStreamHandler, Resource {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaHandler.class);

    static {
        JdkHttpApiClient.refuseSilentPostRetries();
    }

    private final TreeStreamHandler stream;
    private final SkillSettings settings;

    public LambdaHandler() {
        this(SkillSettings.fromEnvironment());
    }

    LambdaHandler(SkillSettings settings) {
        this.stream = new TreeStreamHandler(ReminderSkill.create(settings));
        this.settings = settings;
        Core.getGlobalContext().register(this);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        stream.handleRequest(input, output, context);
    }

    /**
     * Primes the skill without calling any Alexa API: its own turns, then the API-calling turns
     * against the embedded emulator on loopback; readies TLS and the store's client. Priming is an
     * optimisation, so a failure of the emulator turns is logged and the snapshot goes on.
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        SkillPriming.prime(this, settings.skillId().orElse("amzn1.ask.skill.priming"), settings.clock());
        try {
            SkillPriming.primeAlexaApiTurns(settings.clock());
        } catch (RuntimeException | LinkageError e) {
            LOG.warn(
                    "priming the Alexa API turns failed; the first such turn after a restore runs cold: {}",
                    e.toString());
        }
        JdkHttpApiClient.warmUp();
        settings.store().prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to renew: tokens arrive with each request and AWS credentials are read per call.
    }
}

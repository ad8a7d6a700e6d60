package com.example.reminderskill.skill;

import com.amazon.ask.SkillStreamHandler;
import com.example.reminderskill.alerts.JdkHttpApiClient;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * The AWS Lambda entry point ({@code com.example.reminderskill.skill.LambdaHandler::handleRequest}).
 * It serves only the skill named by the {@code SKILL_ID} environment variable. With SnapStart,
 * Lambda snapshots the function after {@link #beforeCheckpoint} has run the skill's hot paths,
 * so a restored function answers its first request with warm code.
 */
public final class LambdaHandler extends SkillStreamHandler implements Resource {

    static {
        JdkHttpApiClient.refuseSilentPostRetries();
    }

    private final SkillSettings settings;

    public LambdaHandler() {
        this(SkillSettings.fromEnvironment());
    }

    LambdaHandler(SkillSettings settings) {
        super(ReminderSkill.create(settings));
        this.settings = settings;
        Core.getGlobalContext().register(this);
    }

    /** Primes the skill without calling any Alexa API, and readies the HTTP stack and the store's client without a request. */
    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        SkillPriming.prime(this, settings.skillId().orElse("amzn1.ask.skill.priming"));
        JdkHttpApiClient.warmUp();
        settings.store().prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to renew: tokens arrive with each request and AWS credentials are read per call.
    }
}

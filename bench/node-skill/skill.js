'use strict';
// The Node.js (ask-sdk-core) counterpart of the Java skill for the two benchmark requests:
// LaunchRequest, and a confirmed CreateRelativeReminderIntent that calls the Reminders API.
const Alexa = require('ask-sdk-core');

const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';

const WELCOME = 'Welcome to Reminder Helper. You can say: remind me to walk the dog tomorrow at 7 PM, '
    + 'or start a ten minute pasta timer. What would you like?';
const WELCOME_REPROMPT = 'Try: remind me to take my pills every day at 8 AM.';

const ISO_DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/** AMAZON.DURATION such as PT2H or P1DT30M, in whole seconds; undefined when not a positive duration. */
function durationSeconds(value) {
  const match = ISO_DURATION.exec(value || '');
  if (!match || value === 'P' || value.endsWith('T')) {
    return undefined;
  }
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => Number(part || 0));
  const total = Math.floor((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds);
  return total > 0 && total <= 2147483647 ? total : undefined;
}

/** "2 hours", "1 hour and 30 minutes", like the Java skill's SpokenDuration. */
function spokenDuration(totalSeconds) {
  const plural = (n, unit) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const parts = [];
  if (hours > 0) parts.push(plural(hours, 'hour'));
  if (minutes > 0) parts.push(plural(minutes, 'minute'));
  if (seconds > 0 || parts.length === 0) parts.push(plural(seconds, 'second'));
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(' ')} and ${parts[parts.length - 1]}`;
}

function escapeSsml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function slotValue(intent, name) {
  const slot = intent.slots && intent.slots[name];
  return slot && slot.value ? slot.value : undefined;
}

function remindersGranted(handlerInput) {
  const user = handlerInput.requestEnvelope.context.System.user || {};
  const scope = user.permissions && user.permissions.scopes && user.permissions.scopes[REMINDERS_SCOPE];
  return Boolean(scope && scope.status === 'GRANTED');
}

const LaunchRequestHandler = {
  canHandle(handlerInput) {
    return Alexa.getRequestType(handlerInput.requestEnvelope) === 'LaunchRequest';
  },
  handle(handlerInput) {
    return handlerInput.responseBuilder
        .speak(WELCOME)
        .reprompt(WELCOME_REPROMPT)
        .getResponse();
  },
};

const CreateRelativeReminderIntentHandler = {
  canHandle(handlerInput) {
    return Alexa.getRequestType(handlerInput.requestEnvelope) === 'IntentRequest'
        && Alexa.getIntentName(handlerInput.requestEnvelope) === 'CreateRelativeReminderIntent';
  },
  async handle(handlerInput) {
    const { request } = handlerInput.requestEnvelope;
    const { intent } = request;
    const rb = handlerInput.responseBuilder;
    const text = slotValue(intent, 'reminderText');
    if (!text) {
      const question = 'What should I remind you of?';
      return rb.speak(question).reprompt(question).addElicitSlotDirective('reminderText', intent).getResponse();
    }
    const offsetInSeconds = durationSeconds(slotValue(intent, 'duration'));
    if (offsetInSeconds === undefined) {
      const question = 'In how long should I remind you?';
      return rb.speak(question).reprompt(question).addElicitSlotDirective('duration', intent).getResponse();
    }
    const when = `in ${spokenDuration(offsetInSeconds)}`;
    if (intent.confirmationStatus === 'DENIED') {
      return rb.speak("OK, I won't set that reminder.").withShouldEndSession(true).getResponse();
    }
    if (intent.confirmationStatus !== 'CONFIRMED') {
      const question = `Shall I remind you to ${escapeSsml(text)} ${when}?`;
      return rb.speak(question).reprompt(question).addConfirmIntentDirective(intent).getResponse();
    }
    if (!remindersGranted(handlerInput)) {
      return rb.addDirective({
        type: 'Connections.SendRequest',
        name: 'AskFor',
        payload: { '@type': 'AskForPermissionsConsentRequest', '@version': '1', permissionScope: REMINDERS_SCOPE },
        token: 'create-reminder',
      }).withShouldEndSession(true).getResponse();
    }
    const reminderRequest = {
      requestTime: new Date().toISOString(),
      trigger: { type: 'SCHEDULED_RELATIVE', offsetInSeconds },
      alertInfo: { spokenInfo: { content: [{ locale: request.locale, text }] } },
      pushNotification: { status: 'ENABLED' },
    };
    const client = handlerInput.serviceClientFactory.getReminderManagementServiceClient();
    await client.createReminder(reminderRequest);
    return rb
        .speak(`OK, I'll remind you to ${escapeSsml(text)} ${when}. It won't repeat.`)
        .withSimpleCard('Reminder set', `${text}, ${when}`)
        .withShouldEndSession(true)
        .getResponse();
  },
};

/** Reminders API failures (ServiceError carries the HTTP status) and anything else. */
const ErrorHandler = {
  canHandle() {
    return true;
  },
  handle(handlerInput, error) {
    const status = error && error.statusCode;
    let speech;
    if (status === 401) {
      speech = 'I need your permission to manage reminders. '
          + "I've sent a card to the Alexa app that explains how to allow it.";
    } else if (status === 429 || (status >= 500 && status < 600)) {
      speech = "Sorry, Alexa's reminder service is busy right now. Please try again in a minute.";
    } else {
      speech = 'Sorry, something went wrong on my side. Please try again in a moment.';
    }
    // The status in the response's card lets the benchmark tell what failed.
    return handlerInput.responseBuilder
        .speak(speech)
        .withSimpleCard('Error', `${status || 'no status'}: ${error && error.message}`)
        .withShouldEndSession(true)
        .getResponse();
  },
};

const skill = Alexa.SkillBuilders.custom()
    .addRequestHandlers(LaunchRequestHandler, CreateRelativeReminderIntentHandler)
    .addErrorHandlers(ErrorHandler)
    .withApiClient(new Alexa.DefaultApiClient())
    .create();

module.exports = { skill };

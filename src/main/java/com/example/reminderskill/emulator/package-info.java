/**
 * An emulator of the Alexa Reminders, Timers, Settings, Login with Amazon and Skill Messaging APIs
 * on the JDK's HTTP server, for local runs and tests ({@link AlexaEmulator}), with its control API.
 */
package com.example.reminderskill.emulator;

/**
 * The Timers API wrapper ({@link TimerClient}): local validation of a timer request, then the call,
 * with typed results.
 */
package com.example.reminderskill.alerts.timers;

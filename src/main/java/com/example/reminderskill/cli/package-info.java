/**
 * The jar's command line ({@link Main}): {@code validate}, {@code emulator}, {@code invoke},
 * {@code serve}, {@code send-message} and {@code outcome}.
 */
package com.example.reminderskill.cli;

package com.example.reminderskill.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One request the emulator sent, or is sending, to the skill; its delivery state changes as it goes. */
public final class EmulatorEvent {

    /** How far delivery got. */
    public enum Delivery {
        QUEUED,
        DELIVERED,
        FAILED,
        NO_ENDPOINT
    }

    private final String id;
    private final String type;
    private final Instant timestamp;
    private final String skillId;
    private final String userId;
    /** Replaced only when a redelivered skill message carries a fresh token. */
    private ObjectNode request;

    private Delivery delivery = Delivery.QUEUED;
    private int attempts;

    EmulatorEvent(String id, String type, Instant timestamp, String skillId, String userId, ObjectNode request) {
        this.id = id;
        this.type = type;
        this.timestamp = timestamp;
        this.skillId = skillId;
        this.userId = userId;
        this.request = request;
    }

    public String id() {
        return id;
    }

    /** The request type, such as {@code Reminders.ReminderCreated}. */
    public String type() {
        return type;
    }

    public Instant timestamp() {
        return timestamp;
    }

    public String skillId() {
        return skillId;
    }

    public String userId() {
        return userId;
    }

    /** The whole request envelope as sent (last sent, for a redelivered skill message). */
    public synchronized ObjectNode request() {
        return request.deepCopy();
    }

    public synchronized Delivery delivery() {
        return delivery;
    }

    /** How many times it was sent; more than one after a redelivery or a deliberate duplicate. */
    public synchronized int attempts() {
        return attempts;
    }

    synchronized void attempted(boolean acknowledged) {
        attempts++;
        if (acknowledged) {
            delivery = Delivery.DELIVERED;
        } else if (delivery != Delivery.DELIVERED) {
            delivery = Delivery.FAILED;
        }
    }

    synchronized void noEndpoint() {
        delivery = Delivery.NO_ENDPOINT;
    }

    /** The envelope about to be sent: a redelivered skill message's may carry a fresh token. */
    synchronized void sending(ObjectNode envelope) {
        request = envelope;
    }

    /** An attempt the skill did not acknowledge and that will be made again: the event is still on its way. */
    synchronized void refusedForNow() {
        attempts++;
        if (delivery != Delivery.DELIVERED) {
            delivery = Delivery.QUEUED;
        }
    }

    /** Given up on: it expired before the skill acknowledged it. */
    synchronized void expired() {
        if (delivery != Delivery.DELIVERED) {
            delivery = Delivery.FAILED;
        }
    }
}

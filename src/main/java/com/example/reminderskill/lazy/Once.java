package com.example.reminderskill.lazy;

import java.util.Objects;
import java.util.function.Supplier;

/** A value made on first use, once, by whichever thread asks first: start-up work a cold start may never need. */
public final class Once<T> implements Supplier<T> {

    private final Supplier<T> factory;
    private volatile T value;

    public Once(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(factory.get(), "the factory made null");
                    value = current;
                }
            }
        }
        return current;
    }
}

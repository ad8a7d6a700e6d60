package com.example.reminderskill.skill;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes Jackson build the deserializer of an ASK SDK model property when a request first holds
 * that property, not when its enclosing class is first read. A {@code RequestEnvelope}'s
 * {@code Context} alone reaches hundreds of model classes (APL, viewports, extensions, …) that
 * a reminder skill never receives; building them all made the first request of a process
 * about 70 ms slower. What is bound is unchanged: each property gets the very deserializer
 * Jackson would have built, on first use.
 */
final class LazyModelDeserializers extends SimpleModule {

    private static final long serialVersionUID = 1L;
    private static final String MODEL_PACKAGE = "com.amazon.ask.model.";
    /** Model deserializers built by any mapper with this module: what SnapStart priming should leave nothing of for the first request. */
    private static final AtomicLong BUILT = new AtomicLong();

    private LazyModelDeserializers() {
        super(LazyModelDeserializers.class.getName());
        setDeserializerModifier(new Modifier());
    }

    /** Installs the module on {@code mapper}; installing twice is harmless: Jackson skips a module it has seen. */
    static void installOn(ObjectMapper mapper) {
        mapper.registerModule(new LazyModelDeserializers());
    }

    /** How many deserializers of model classes the mappers with this module have built so far in this process. */
    static long built() {
        return BUILT.get();
    }

    private static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public BeanDeserializerBuilder updateBuilder(
                DeserializationConfig config, BeanDescription bean, BeanDeserializerBuilder builder) {
            if (!isModel(bean.getType())) {
                return builder;
            }
            BUILT.incrementAndGet();
            List<SettableBeanProperty> properties = new ArrayList<>();
            builder.getProperties().forEachRemaining(properties::add);
            for (SettableBeanProperty property : properties) {
                JavaType type = property.getType();
                if (!property.hasValueDeserializer() && (isModel(type) || isModel(type.getContentType()))) {
                    builder.addOrReplaceProperty(property.withValueDeserializer(new Lazy(type, null)), true);
                }
            }
            return builder;
        }

        private static boolean isModel(JavaType type) {
            return type != null
                    && !type.isEnumType()
                    && type.getRawClass().getName().startsWith(MODEL_PACKAGE);
        }
    }

    /** Stands in for a property's deserializer until the property first appears in a request. */
    private static final class Lazy extends JsonDeserializer<Object> implements ContextualDeserializer {
        private final JavaType type;
        private final BeanProperty property;
        private volatile JsonDeserializer<Object> resolved;

        Lazy(JavaType type, BeanProperty property) {
            this.type = type;
            this.property = property;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty forProperty) {
            return new Lazy(type, forProperty);
        }

        private JsonDeserializer<Object> resolved(DeserializationContext context) throws IOException {
            JsonDeserializer<Object> deserializer = resolved;
            if (deserializer == null) {
                // Racing threads build the same deserializer; Jackson's cache makes the second cheap.
                deserializer = context.findContextualValueDeserializer(type, property);
                resolved = deserializer;
            }
            return deserializer;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return resolved(context).deserialize(parser, context);
        }

        @Override
        public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types)
                throws IOException {
            return resolved(context).deserializeWithType(parser, context, types);
        }

        @Override
        public Object getNullValue(DeserializationContext context) {
            try {
                return resolved(context).getNullValue(context);
            } catch (IOException e) {
                throw new IllegalStateException("cannot build the deserializer of " + type, e);
            }
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            // Asked when the enclosing deserializer is built: answer without resolving.
            return AccessPattern.DYNAMIC;
        }

        @Override
        public Class<?> handledType() {
            return type.getRawClass();
        }
    }
}

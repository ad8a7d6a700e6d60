package com.example.reminderskill.skill;

import com.amazon.ask.model.utils.SubTypesManifest;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.impl.StdSubtypeResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names the subtypes of a polymorphic ASK SDK model type ({@code Request}, {@code Directive},
 * {@code OutputSpeech}, …) from the SDK's own {@code SubTypesManifest}, the same names its
 * {@code @JsonSubTypes} annotations give. Jackson would otherwise read the annotations of every
 * subtype class the first time it reads or writes the base type: 56 request types for the first
 * request, dozens of directives for the first response, a fifth of the first turn's binding time.
 * Types the manifest does not list are resolved by Jackson as before.
 */
final class ModelSubtypes extends StdSubtypeResolver {

    private static final long serialVersionUID = 1L;

    private static Optional<Collection<NamedType>> fromManifest(Class<?> base) {
        @SuppressWarnings("rawtypes")
        Map<String, Class> subtypes = SubTypesManifest.getSubType(base);
        if (subtypes == null) {
            return Optional.empty();
        }
        List<NamedType> named = new ArrayList<>(subtypes.size());
        subtypes.forEach((name, type) -> named.add(new NamedType(type, name)));
        return Optional.of(named);
    }

    @Override
    public Collection<NamedType> collectAndResolveSubtypesByTypeId(
            MapperConfig<?> config, AnnotatedMember property, JavaType base) {
        return fromManifest(base.getRawClass())
                .orElseGet(() -> super.collectAndResolveSubtypesByTypeId(config, property, base));
    }

    @Override
    public Collection<NamedType> collectAndResolveSubtypesByTypeId(MapperConfig<?> config, AnnotatedClass base) {
        return fromManifest(base.getRawType()).orElseGet(() -> super.collectAndResolveSubtypesByTypeId(config, base));
    }

    @Override
    public Collection<NamedType> collectAndResolveSubtypesByClass(
            MapperConfig<?> config, AnnotatedMember property, JavaType base) {
        return fromManifest(base.getRawClass())
                .orElseGet(() -> super.collectAndResolveSubtypesByClass(config, property, base));
    }

    @Override
    public Collection<NamedType> collectAndResolveSubtypesByClass(MapperConfig<?> config, AnnotatedClass base) {
        return fromManifest(base.getRawType()).orElseGet(() -> super.collectAndResolveSubtypesByClass(config, base));
    }
}

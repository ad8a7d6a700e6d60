package com.example.reminderskill.skill;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ask.model.utils.SubTypesManifest;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.impl.StdSubtypeResolver;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The manifest names the same subtypes, by the same names, as the model's {@code @JsonSubTypes} annotations. */
class ModelSubtypesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Every polymorphic base type the SDK's manifest lists. */
    @SuppressWarnings("unchecked")
    static Stream<Class<?>> baseTypes() throws ReflectiveOperationException {
        Field field = SubTypesManifest.class.getDeclaredField("baseTypes");
        field.setAccessible(true);
        return ((Map<Class<?>, ?>) field.get(null))
                .keySet().stream().sorted((a, b) -> a.getName().compareTo(b.getName()));
    }

    /** Name to class, leaving out abstract types, which Jackson lists but never instantiates. */
    private static Map<String, Class<?>> concrete(Collection<NamedType> types) {
        Map<String, Class<?>> byName = new TreeMap<>();
        for (NamedType type : types) {
            if (type.hasName() && !Modifier.isAbstract(type.getType().getModifiers())) {
                byName.put(type.getName(), type.getType());
            }
        }
        return byName;
    }

    @ParameterizedTest
    @MethodSource("baseTypes")
    void namesTheSubtypesTheAnnotationsName(Class<?> base) {
        DeserializationConfig reading = MAPPER.getDeserializationConfig();
        SerializationConfig writing = MAPPER.getSerializationConfig();
        var annotated = reading.introspectClassAnnotations(base).getClassInfo();

        Map<String, Class<?>> expected =
                concrete(new StdSubtypeResolver().collectAndResolveSubtypesByTypeId(reading, annotated));

        assertThat(expected).isNotEmpty();
        assertThat(concrete(new ModelSubtypes().collectAndResolveSubtypesByTypeId(reading, annotated)))
                .isEqualTo(expected);
        assertThat(concrete(new ModelSubtypes()
                        .collectAndResolveSubtypesByClass(
                                writing,
                                writing.introspectClassAnnotations(base).getClassInfo())))
                .isEqualTo(expected);
    }
}

package org.lantian.platform.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The topics' schemas outside Quarkus, for plain unit tests of other packages. */
public final class SchemasForTests {

    private SchemasForTests() {
    }

    public static RecordSchemas load() {
        return new RecordSchemas(TopicCatalog.load("kafka/topics.json"), new ObjectMapper());
    }
}

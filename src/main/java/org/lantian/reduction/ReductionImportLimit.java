package org.lantian.reduction;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.lantian.platform.http.LargerBodyLimit;
import org.lantian.platform.http.OwnMediaType;

import io.quarkus.runtime.configuration.MemorySize;

/**
 * The CSV import ({@code POST /api/reduction-list}) takes a whole list in one body: the 308 synthetic demo
 * enterprises are 0.8 MB, so a real list with long descriptions stays a few MB; 32 MB leaves a wide margin
 * while one import (body, String, parsed rows) still fits the heap comfortably.
 */
@Singleton
public class ReductionImportLimit implements LargerBodyLimit, OwnMediaType {

    static final String SETTING = "lantian.reduction.import.max-bytes";

    private final long maxBytes;

    ReductionImportLimit(@ConfigProperty(name = SETTING, defaultValue = "32M") MemorySize maxBytes) {
        this.maxBytes = maxBytes.asLongValue();
    }

    @Override
    public boolean applies(String method, String path) {
        return "POST".equals(method) && "/api/reduction-list".equals(path);
    }

    @Override
    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public String setting() {
        return SETTING;
    }

    /** The import takes the list as CSV, and nothing else (text/plain would let any site post one). */
    @Override
    public String mediaType() {
        return "text/csv";
    }
}

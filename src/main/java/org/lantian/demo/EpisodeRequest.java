package org.lantian.demo;

import java.math.BigDecimal;

/** {@code POST /api/admin/episode}: both optional, defaults from configuration; numbers kept exact to be checked. */
public record EpisodeRequest(BigDecimal speed, BigDecimal seed) {
}

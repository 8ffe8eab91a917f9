package org.lantian.demo;

import java.math.BigDecimal;

/**
 * {@code POST /api/admin/episode}: all optional, defaults from configuration; numbers kept exact to be checked.
 * {@code autoDecide}: whether this run accepts its own proposals.
 */
public record EpisodeRequest(BigDecimal speed, BigDecimal seed, Boolean autoDecide) {
}

package org.lantian.demo;

import java.time.Duration;

/**
 * One message of an episode: when to publish it, relative to the episode's start (negative for the baseline history,
 * which is published at once), on which topic, with which key and JSON body.
 */
public record TimedMessage(Duration offset, String topic, String key, String json) {
}

package org.lantian.bulletin;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public bulletin's settings (docs/operations.md). */
@ConfigMapping(prefix = "lantian.bulletin")
public interface BulletinSettings {

    /** CAP {@code sender}: globally unique, based on a domain name the bureau controls. */
    @WithDefault("lantian.linfen.example")
    String capSender();

    /** CAP {@code senderName}, Chinese. */
    @WithDefault("临汾市重污染天气应急指挥部办公室")
    String senderNameZh();

    /** CAP {@code senderName}, English. */
    @WithDefault("Linfen Heavy Pollution Weather Emergency Command Office")
    String senderNameEn();

    /**
     * CAP {@code expires} of an Alert or Update: its {@code effective} plus this. A warning lasts until lifted; the
     * expiry is a safety net so that an alert whose Cancel never arrived does not stay up for ever.
     */
    @WithDefault("P7D")
    Duration capExpiry();

    /** How long a lifted warning's messages (its Cancel included) stay in the Atom feed. */
    @WithDefault("P7D")
    Duration feedWindow();
}

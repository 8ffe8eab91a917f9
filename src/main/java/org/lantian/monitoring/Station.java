package org.lantian.monitoring;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A monitoring station of a county. Read-only reference data (docs/architecture.md, Persistence). */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "station")
public class Station extends PanacheEntityBase {

    @Id
    public String code;
    @Column(columnDefinition = "text")
    public String name;
    @Column(name = "region_code")
    public String regionCode;
    public BigDecimal latitude;
    public BigDecimal longitude;
    public boolean demo;
    public boolean active;
}

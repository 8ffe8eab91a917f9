package org.lantian.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The city or one of its counties. Read-only reference data (docs/architecture.md, Persistence). */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;
    // text columns, as Flyway created them (Hibernate's dev-mode schema check compares types)
    @Column(columnDefinition = "text")
    public String name;
    @Column(name = "name_en", columnDefinition = "text")
    public String nameEn;
    public String kind;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "county_group")
    public String countyGroup;
    @Column(name = "urban_core")
    public boolean urbanCore;
}

/**
 * Hardware catalogs shipped as data files in resources: accelerators, solar cells, battery cells and
 * radiator coatings. Every row carries a {@link io.orbitdc.core.catalog.Confidence} grade
 * (primary, secondary, derived, unverified) and a {@link io.orbitdc.core.catalog.Provenance} source
 * key from docs/references.md; a row that fails its checks is refused with a
 * {@link io.orbitdc.core.catalog.CatalogException} naming the file and row. Scenarios may override
 * any row inline. Documented in docs/models/catalogs.md.
 */
package io.orbitdc.core.catalog;

package io.tcgateway.adapter.http.dto;

/**
 * Marks a request body record that the adapter's strict JSON reader reads (exact JSON types, no
 * coercion, duplicate keys refused, the offending field named on error).
 */
public interface ApiRequest {}

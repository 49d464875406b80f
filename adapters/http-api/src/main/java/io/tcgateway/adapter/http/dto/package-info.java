/**
 * The API's JSON shapes, private to the HTTP adapter: {@code *Request} records are read by the
 * adapter's strict reader (exact JSON types, the offending field named on error; {@link
 * io.micronaut.core.annotation.Introspected}, never bound leniently by the framework), {@code
 * *Response} records are written by Micronaut Serde. Absent optional values are {@code null} and
 * left out of responses. No key material is ever part of them.
 */
package io.tcgateway.adapter.http.dto;

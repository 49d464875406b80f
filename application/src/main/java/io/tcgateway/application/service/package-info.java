/**
 * Plain-Java implementations of the use cases ({@code *Service}) and the small policies they share.
 * No framework: bootstrap builds them in a factory.
 */
package io.tcgateway.application.service;

/** ArchUnit rules that keep the hexagonal layering, adapter isolation and naming conventions. */
package io.tcgateway.architecture;

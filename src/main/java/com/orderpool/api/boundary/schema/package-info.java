/**
 * Schema-only types of the OpenAPI document: the JSON bodies the API reads and answers, described
 * field by field. Nothing instantiates them; the resources read and write JSON themselves ({@code
 * ApiOrderInput}, {@code OrderJson}, {@code Problems}) and point at these schemas by name. The
 * package is listed in {@code mp.openapi.scan.packages}, so every type annotated {@code @Schema}
 * here becomes the entry of {@code components.schemas} its name says.
 */
package com.orderpool.api.boundary.schema;

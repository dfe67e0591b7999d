/** Schema-only types of the imports API for the OpenAPI document. */
package com.orderpool.imports.boundary.schema;

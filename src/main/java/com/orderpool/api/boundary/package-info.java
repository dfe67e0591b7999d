/** The API's resources and the boundary they call as the key's tenant. */
package com.orderpool.api.boundary;

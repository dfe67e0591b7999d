/** The shipping settings and shipments services: who may do what, in the tenant's transaction. */
package com.orderpool.shipping.boundary;

/**
 * The demo seeding: {@link com.orderpool.demo.boundary.DemoSeeding} observes a newly provisioned
 * demo pack and has {@link com.orderpool.demo.boundary.DemoPool} (system work only) place each
 * order and its story in a transaction of its own.
 */
package com.orderpool.demo.boundary;

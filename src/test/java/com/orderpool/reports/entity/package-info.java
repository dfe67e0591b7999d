/** Unit tests of the reports entities: a report subscription's ownership and fields. */
package com.orderpool.reports.entity;

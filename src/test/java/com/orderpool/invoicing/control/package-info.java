/** Unit tests of document number formats and their series. */
package com.orderpool.invoicing.control;

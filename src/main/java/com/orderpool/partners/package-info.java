/**
 * Partners: the suppliers and fulfilment providers a tenant passes orders to, the rule of each
 * (which orders go there), its e-mail, SFTP and webhook channels and pull key, and each order's
 * submission to each partner (Submit, Bulk Submit, an audited Resubmit, and the cancellation notice
 * that always follows).
 */
package com.orderpool.partners;

/**
 * Submitting orders to partners (which partners an order goes to, the submission records) and the
 * partner e-mails (order and cancellation) through notifications' outbox; the cancellation notice
 * observes orders' OrderCancelled in the cancelling transaction.
 */
package com.orderpool.partners.control;

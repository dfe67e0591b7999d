-- The method of the latest payment, shown under the order's total in the pool (seed 002: "Total
-- Payment: the total amount and its payment method"). Null until the first payment.
ALTER TABLE customer_order ADD COLUMN payment_method VARCHAR(32) NULL;

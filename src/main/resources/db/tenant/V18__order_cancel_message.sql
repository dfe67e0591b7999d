-- The message to the customer that a cancellation e-mail carries, written (or accepted) by the user
-- who cancels. The cancel reason stays internal and is never sent.
ALTER TABLE customer_order ADD COLUMN cancel_message VARCHAR(2000) NULL;

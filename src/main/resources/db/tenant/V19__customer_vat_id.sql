-- A customer's VAT ID (business customers), printed on invoices and listed in the invoice register.
-- Invoices copy it at issue, like the customer's name and address.
ALTER TABLE customer ADD COLUMN vat_id VARCHAR(32) NULL;
ALTER TABLE invoice ADD COLUMN customer_vat_id VARCHAR(32) NULL AFTER customer_company;

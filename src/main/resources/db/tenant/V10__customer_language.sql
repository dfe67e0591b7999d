-- The language a customer gets e-mails and documents in (en, es); empty means the tenant's.
ALTER TABLE customer_order ADD COLUMN customer_language CHAR(2) NULL AFTER customer_company;
ALTER TABLE customer ADD COLUMN language CHAR(2) NULL AFTER company;

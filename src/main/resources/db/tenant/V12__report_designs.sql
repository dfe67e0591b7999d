-- A tenant's own document designs (JRXML), e.g. "invoice". Without a row the WAR's design applies.
CREATE TABLE report_design (
  name         VARCHAR(64)   NOT NULL PRIMARY KEY,
  jrxml        MEDIUMTEXT    NOT NULL,
  uploaded_at  DATETIME(6)   NOT NULL,
  uploaded_by  VARCHAR(254)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

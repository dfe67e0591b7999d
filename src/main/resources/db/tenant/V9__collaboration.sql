-- Collaboration on an order: staff tasks, internal memos and customer tickets with their messages.
CREATE TABLE order_task (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id       BIGINT        NOT NULL,
  description    VARCHAR(500)  NOT NULL,
  due_at         DATETIME(6)   NOT NULL,
  assignee_id    BIGINT        NOT NULL,
  assignee_name  VARCHAR(120)  NOT NULL,
  status         VARCHAR(8)    NOT NULL,
  created_at     DATETIME(6)   NOT NULL,
  created_by     VARCHAR(254)  NOT NULL,
  done_at        DATETIME(6)   NULL,
  done_by        VARCHAR(254)  NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_task_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  INDEX ix_task_order (order_id, due_at),
  INDEX ix_task_assignee (assignee_id, status, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE order_memo (
  id           BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id     BIGINT         NOT NULL,
  body         VARCHAR(2000)  NOT NULL,
  author       VARCHAR(254)   NOT NULL,
  author_name  VARCHAR(120)   NOT NULL,
  created_at   DATETIME(6)    NOT NULL,
  CONSTRAINT fk_memo_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  INDEX ix_memo_order (order_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- status_rank orders the Tickets page: open (0), answered (1), closed (2).
CREATE TABLE ticket (
  id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id     BIGINT        NOT NULL,
  subject      VARCHAR(200)  NOT NULL,
  status       VARCHAR(10)   NOT NULL,
  status_rank  TINYINT       NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  created_by   VARCHAR(254)  NOT NULL,
  updated_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT fk_ticket_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
  INDEX ix_ticket_order (order_id, created_at),
  INDEX ix_ticket_queue (status_rank, created_at, id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE ticket_message (
  id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ticket_id   BIGINT        NOT NULL,
  sender      VARCHAR(10)   NOT NULL,
  author      VARCHAR(254)  NOT NULL,
  body        TEXT          NOT NULL,
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT fk_ticket_message FOREIGN KEY (ticket_id) REFERENCES ticket (id),
  INDEX ix_ticket_message (ticket_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Paid orders first wait in "Paid, queued" (phase In production) before the workshop moves them to
-- Received, the default point of no return: the free cancellation window after payment (seed 000)
-- applies there. New tenants get the status from tenants/_default/statuses.csv; tenants that already
-- have statuses get it here, just before their first production status.
INSERT INTO order_status
  (code, phase, display_order, colour, name_en, name_es, description_en, description_es, fee_type)
SELECT 'queued', 'IN_PRODUCTION', MIN(s.display_order) - 1, '#38bdf8', 'Paid, queued', 'Pagado, en cola',
       'Paid in full and queued for the workshop, nothing has been produced yet.',
       'Pagado y en cola para el taller, aún no se ha producido nada.', 'NONE'
FROM order_status s
WHERE s.phase = 'IN_PRODUCTION'
  AND NOT EXISTS (SELECT 1 FROM order_status q WHERE q.code = 'queued')
HAVING COUNT(*) > 0;

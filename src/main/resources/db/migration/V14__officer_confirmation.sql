-- directive: an officer confirming an order on an enterprise's behalf (by telephone, on site) is recorded apart from
-- the enterprise's own acknowledgement, which it never stands in for. A confirmed order is no longer chased as overdue.
ALTER TABLE directive ADD COLUMN confirmed_at timestamptz;
ALTER TABLE directive ADD COLUMN confirmed_by text;
ALTER TABLE directive ADD COLUMN confirm_reason text;

-- Custom migration: the audit log is append-only like claims and reviews (0001). A revert is
-- a new line; the database refuses to change or remove a line, whatever client is connected.
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION habeas_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION habeas_refuse_change();

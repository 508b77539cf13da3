-- messages for the user as a bundle key and its arguments (separated by U+001F), rendered in the language
-- of the workbook, file or page that shows them; message keeps the English text for operators, and is
-- what rows staged before these columns show
ALTER TABLE stg_reject ADD COLUMN message_key VARCHAR(100);
ALTER TABLE stg_reject ADD COLUMN message_args VARCHAR(4000);
ALTER TABLE stg_warning ADD COLUMN message_key VARCHAR(100);
ALTER TABLE stg_warning ADD COLUMN message_args VARCHAR(4000);
ALTER TABLE blk_file_ledger ADD COLUMN message_key VARCHAR(100);
ALTER TABLE blk_file_ledger ADD COLUMN message_args VARCHAR(4000);
-- the sheets read and skipped as messages (each its key and arguments, separated by U+001C)
ALTER TABLE blk_file_ledger ADD COLUMN sheets_read_msgs VARCHAR(8000);
ALTER TABLE blk_file_ledger ADD COLUMN sheets_skipped_msgs VARCHAR(16000);

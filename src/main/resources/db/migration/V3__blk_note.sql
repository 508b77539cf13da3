-- The BLK inventory's note column (keterangan): why a planned site was chosen, shown beside the plan.
ALTER TABLE stg_blk ADD COLUMN note VARCHAR(2000);

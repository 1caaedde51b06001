-- Every entry is linked now (V15_2 linked those written before the chain existed)
ALTER TABLE audit_entry ALTER COLUMN chain_seq SET NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN prev_hash SET NOT NULL;
ALTER TABLE audit_entry ALTER COLUMN entry_hash SET NOT NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_chain_seq_uq UNIQUE (chain_seq);

-- PostgreSQL only. A search word of five Persian letters or more is also found written apart («پستبانک» finds
-- «پست بانک»): the lists look for it in the normalized text with its spaces taken out (PersianText.foundApart;
-- NativeWhere, JpqlFilter). This trigram index on that expression answers it with one scan; the word as typed keeps
-- complaint_search_trgm_ix (V2_1). The expression must stay the one the queries write: replace(search_key, ' ', '').
CREATE INDEX complaint_search_apart_trgm_ix ON complaint USING gin (replace(search_key, ' ', '') gin_trgm_ops);
-- the planner's statistics of the new expression (ANALYZE gathers them; building the index does not)
ANALYZE complaint;

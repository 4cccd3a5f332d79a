-- How the import split each text unit of an article into segments (Okapi's SRX ranges, one list per unit), so that
-- the translated document is written with exactly the import's segmentation: without running SRX again (most of a
-- download's time) and whatever later rules or Okapi versions would split differently. Null for documents imported
-- before, and for formats that are not re-segmented (XLIFF, .properties): the download then segments again.
alter table document add column segmentation text;

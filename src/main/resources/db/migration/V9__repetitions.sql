-- Repetitions: segments of a project with the same source are found by a hash of their text, not a scan.
create index segment_source_hash on segment (md5(source_text));

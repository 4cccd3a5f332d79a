-- What an export sent (segment ids and the target versions that went out) becomes two arrays on the export's own
-- row instead of a row per unit: a returned file only ever reads the whole set of one export, and at 100,000 units
-- the per-row insert (an index entry and two foreign-key checks a unit) took 2 s of a 5.8 s export.
-- A segment is deleted only with its document, which deletes the export too.
alter table xliff_export add column segment_ids bigint[] not null default '{}',
                         add column target_versions int[] not null default '{}';

update xliff_export e
set segment_ids = u.ids, target_versions = u.versions
from (select export_id, array_agg(segment_id order by segment_id) as ids,
             array_agg(target_version order by segment_id) as versions
      from xliff_export_unit group by export_id) u
where u.export_id = e.id;

drop table xliff_export_unit;

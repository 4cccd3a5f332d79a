/**
 * Long-running work (imports) as jobs with progress, so the UI answers at once and shows a job list for
 * anything that takes longer than a second. Jobs live in the memory of the node that runs them.
 */
package org.tarjima.jobs;

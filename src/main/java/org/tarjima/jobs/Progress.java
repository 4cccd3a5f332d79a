package org.tarjima.jobs;

/** How a job tells how far it is. Cheap to call often. */
public interface Progress {

    /** No progress is reported (for callers that run work directly). */
    Progress NONE = new Progress() {
        @Override
        public void total(long total) {
        }

        @Override
        public void advance(long done) {
        }
    };

    void total(long total);

    void advance(long done);
}

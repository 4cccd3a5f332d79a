package org.tarjima.translation;

import org.tarjima.base.db.CopyRows;

/**
 * A target converted for storage by {@link TargetArrival#prepare}: its text with the source's codes, as JSON and
 * as text (escaped for COPY), and its state. Only the translation package looks inside.
 */
public final class PreparedTarget {

    final TargetState state;
    final CopyRows.Text json;
    final CopyRows.Text text;

    PreparedTarget(TargetState state, CopyRows.Text json, CopyRows.Text text) {
        this.state = state;
        this.json = json;
        this.text = text;
    }
}

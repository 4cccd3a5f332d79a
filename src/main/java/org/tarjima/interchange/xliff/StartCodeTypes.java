package org.tarjima.interchange.xliff;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * The types of the current unit's {@code <sc>} codes, by id: an {@code <ec>} may leave its type to its {@code <sc>}
 * (valid XLIFF 2), but okapi-lib-xliff2 insists on it. The precheck uses it to see that a file needs the type written
 * out, the rewrite to write it.
 */
final class StartCodeTypes {

    private final Map<String, String> types = new HashMap<>();

    /** Sees an element of the XLIFF 2 core namespace: a {@code <unit>} starts afresh, an {@code <sc>} with a type is kept. */
    void see(String name, XMLStreamReader xml) {
        if ("unit".equals(name)) {
            types.clear();
        } else if ("sc".equals(name)) {
            String id = XliffPrecheck.unprefixed(xml, "id");
            String type = XliffPrecheck.unprefixed(xml, "type");
            if (id != null && type != null) {
                types.put(id, type);
            }
        }
    }

    /** The type an {@code <ec>} without one of its own takes from its {@code <sc>}; null when it has one or there is none. */
    String inherited(XMLStreamReader xml) {
        String startRef = XliffPrecheck.unprefixed(xml, "startRef");
        return startRef == null || XliffPrecheck.unprefixed(xml, "type") != null ? null : types.get(startRef);
    }
}

package org.tarjima.base.ui;

import java.util.List;

/** A view that tells the top bar where the user is: Project › Document › Locale. */
public interface HasBreadcrumb {

    List<Crumb> breadcrumb();
}

/**
 * Review: comments on segments, the reasons given with rejections, and locale sign-off. A locale of a document
 * is signed off when every segment is approved; any later change to it takes the sign-off away and says so.
 * Approving and rejecting themselves are workflow transitions of a target (see the translation feature).
 */
package org.tarjima.review;

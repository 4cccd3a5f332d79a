/**
 * Assignments: a manager gives a person a step (translation or review) of a document locale, or of a whole project
 * locale, by a due date. Everyone sees their own work with its progress on <em>My work</em>; the due-date checker
 * tells the assignee a day ahead and once when it is overdue. Assigning follows the permission rules: the person needs
 * the step's role for the locale, which the manager may grant with the assignment.
 */
package org.tarjima.assignment;

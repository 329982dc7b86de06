/** The screens of the trends space: a school's results per school year and subject, and their import. */
package nl.leerteam.trends.ui;

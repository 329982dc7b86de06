/**
 * The screens of the trends space: a school's results per school year and subject, their import, and
 * the trend discussions; the live discussion component is also shown inside a leerteam meeting.
 */
@NamedInterface("ui")
package nl.leerteam.trends.ui;

import org.springframework.modulith.NamedInterface;

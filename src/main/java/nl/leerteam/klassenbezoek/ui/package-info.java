/** The classroom-visit screens; the school picture's table is also shown beside a trend discussion's results. */
@NamedInterface("ui")
package nl.leerteam.klassenbezoek.ui;

import org.springframework.modulith.NamedInterface;

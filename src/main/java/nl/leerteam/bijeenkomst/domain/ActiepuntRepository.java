package nl.leerteam.bijeenkomst.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public interface ActiepuntRepository extends JpaRepository<Actiepunt, UUID> {

    List<Actiepunt> findByBijeenkomstIdOrderByAangemaakt(UUID bijeenkomstId);

    long countByBijeenkomstId(UUID bijeenkomstId);

    /**
     * The action items of earlier meetings of the leerteam that are still open, or that were ticked
     * off in this meeting (so its minutes show them done).
     */
    @Query("""
            select a from Actiepunt a, Bijeenkomst b
            where a.bijeenkomstId = b.id and a.leerteamId = :leerteamId and a.bijeenkomstId <> :bijeenkomstId
              and (b.datum < :datum or (b.datum = :datum and b.begintijd < :begintijd))
              and (a.afgerondOp is null or a.afgerondIn = :bijeenkomstId)
            order by a.deadline, a.aangemaakt""")
    List<Actiepunt> eerderOpenOfHierAfgerond(UUID leerteamId, UUID bijeenkomstId, LocalDate datum, java.time.LocalTime begintijd);

    /** A person's open action items in these circles, the first deadline first. */
    @Query("""
            select a from Actiepunt a where a.eigenaarId = :eigenaarId and a.afgerondOp is null and a.leerteamId in :kringen
            order by a.deadline, a.aangemaakt""")
    List<Actiepunt> openVan(UUID eigenaarId, java.util.Collection<UUID> kringen, org.springframework.data.domain.Limit limit);
}

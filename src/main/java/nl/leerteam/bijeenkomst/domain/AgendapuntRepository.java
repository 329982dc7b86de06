package nl.leerteam.bijeenkomst.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.UUID;

public interface AgendapuntRepository extends JpaRepository<Agendapunt, UUID> {

    List<Agendapunt> findByBijeenkomstIdOrderByVolgorde(UUID bijeenkomstId);

    /** What was taken off a meeting's agenda (the entity's own reads leave it out): id, title, when. */
    @Query(value = "select id, titel, verwijderd from agendapunt where bijeenkomst_id = :bijeenkomst and verwijderd is not null "
            + "order by verwijderd desc", nativeQuery = true)
    List<Object[]> verwijderd(@Param("bijeenkomst") UUID bijeenkomstId);

    /** Puts an item back on the agenda, at the end. */
    @Modifying
    @Query(value = "update agendapunt set verwijderd = null, verwijderd_door = null, volgorde = :volgorde, version = version + 1 "
            + "where id = :id and bijeenkomst_id = :bijeenkomst and verwijderd is not null", nativeQuery = true)
    int herstel(@Param("id") UUID id, @Param("bijeenkomst") UUID bijeenkomstId, @Param("volgorde") int volgorde);
}

package nl.leerteam.klassenbezoek.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.UUID;

public interface KlassenbezoekRepository extends JpaRepository<Klassenbezoek, UUID> {

    @Query("select k from Klassenbezoek k where k.leerkrachtId = :ik or k.observatorId = :ik order by k.datum desc")
    List<Klassenbezoek> vanMij(UUID ik);
}

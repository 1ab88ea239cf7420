package io.audiences.application.memory;

import io.audiences.domain.prospect.Prospect;
import io.audiences.domain.prospect.ProspectId;
import io.audiences.domain.prospect.ProspectKey;
import io.audiences.domain.prospect.ProspectPosition;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** One audience's prospects, indexed as they are read. Not thread-safe: used under its group's monitor. */
final class AudienceProspects {

    private final NavigableMap<ProspectPosition, Prospect> newestFirst = new TreeMap<>(ProspectPosition.NEWEST_FIRST);
    private final Map<ProspectId, Prospect> byId = new HashMap<>();
    private final Map<ProspectKey, ProspectId> byKey = new HashMap<>();

    int size() {
        return byId.size();
    }

    /** Those of {@code keys} held, with their prospects' ids. */
    Map<ProspectKey, ProspectId> held(Set<ProspectKey> keys) {
        Map<ProspectKey, ProspectId> held = new HashMap<>();
        keys.forEach(key -> Optional.ofNullable(byKey.get(key)).ifPresent(id -> held.put(key, id)));
        return held;
    }

    /** Stores every one of {@code added}, or none if one of them is held already (by id or key) or twice. */
    void addAll(List<Prospect> added) {
        Set<ProspectKey> keys = new HashSet<>();
        Set<ProspectId> ids = new HashSet<>();
        for (Prospect prospect : added) {
            if (byKey.containsKey(prospect.key()) || byId.containsKey(prospect.id()) || !keys.add(prospect.key())
                    || !ids.add(prospect.id())) {
                throw new IllegalArgumentException("an audience holds each prospect once: " + prospect.key().value());
            }
        }
        for (Prospect prospect : added) {
            byId.put(prospect.id(), prospect);
            byKey.put(prospect.key(), prospect.id());
            newestFirst.put(ProspectPosition.of(prospect), prospect);
        }
    }

    /** Removes those of {@code ids} held; returns them. */
    Set<ProspectId> removeAll(Collection<ProspectId> ids) {
        Set<ProspectId> removed = new HashSet<>();
        for (ProspectId id : ids) {
            Prospect prospect = byId.remove(id);
            if (prospect != null) {
                byKey.remove(prospect.key());
                newestFirst.remove(ProspectPosition.of(prospect));
                removed.add(id);
            }
        }
        return removed;
    }

    Optional<Prospect> find(ProspectId id) {
        return Optional.ofNullable(byId.get(id));
    }

    List<Prospect> newestFirst(Optional<ProspectPosition> after, int limit) {
        return after.map(position -> newestFirst.tailMap(position, false)).orElse(newestFirst)
                .values().stream().limit(limit).toList();
    }
}

#pragma once
// FlatHashTable: a compact open-addressing hash table from 64-bit keys to small trivially
// copyable values, for the Validator's cross-row state (a million rows in a few tens of MB).
//
// Keys are already hashes (or exact packed ids); they are mixed again for the slot index.
// Linear probing over one flat array of packed {key, value} slots (one cache miss for most
// lookups), grown by 1.5x at 80% load: about (8 + sizeof(V)) / 0.65 bytes per entry on
// average and never a heap node per entry. Large tables ask Linux for transparent huge pages:
// the lookups are random, and with 4 KiB pages nearly every one also misses the TLB.
// No erase. Not thread-safe; owned by one Validator.

#include <QtCore/QtGlobal>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <type_traits>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Model {

struct NoValue {};

template<typename V = NoValue>
class FlatHashTable
{
    static_assert(std::is_trivially_copyable_v<V>);

#pragma pack(push, 4)
    struct Slot {
        quint64 key; // 0: empty
        [[no_unique_address]] V value;
    };
#pragma pack(pop)

public:
    // The value of `key`, or nullptr. Invalidated by insert() and reserve().
    V *find(quint64 key)
    {
        if (m_capacity == 0)
            return nullptr;
        key = normalize(key);
        for (size_t i = home(key, m_capacity);; i = next(i)) {
            Slot &s = m_slots[i];
            if (s.key == key)
                return &s.value;
            if (s.key == 0)
                return nullptr;
        }
    }
    const V *find(quint64 key) const { return const_cast<FlatHashTable *>(this)->find(key); }
    bool contains(quint64 key) const { return find(key) != nullptr; }

    // Inserts key -> value when the key is absent. Returns false (and keeps the old value) when present.
    bool insert(quint64 key, const V &value = {})
    {
        if (size_t(m_size + 1) * 5 > m_capacity * 4)
            rehash(m_capacity == 0 ? 1024 : m_capacity + m_capacity / 2);
        key = normalize(key);
        for (size_t i = home(key, m_capacity);; i = next(i)) {
            Slot &s = m_slots[i];
            if (s.key == key)
                return false;
            if (s.key == 0) {
                s.key = key;
                s.value = value;
                ++m_size;
                return true;
            }
        }
    }

    // Makes room for `entries` entries without growing again (avoids the transient of growth).
    void reserve(qint64 entries)
    {
        const size_t needed = size_t(entries) * 5 / 4 + 1;
        if (needed > m_capacity)
            rehash(needed);
    }

    qint64 size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    size_t memoryBytes() const { return m_bytes; }

    // Starts the memory load of `key`'s home slot, for a lookup a little later.
    void prefetch(quint64 key) const
    {
        if (m_capacity)
            __builtin_prefetch(&m_slots[home(normalize(key), m_capacity)]);
    }
    static constexpr size_t slotBytes() { return sizeof(Slot); }

    // The finalizer of SplitMix64: spreads any key over all 64 bits.
    static quint64 mix(quint64 x)
    {
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return x;
    }

private:
    static quint64 normalize(quint64 key) { return key == 0 ? 0x9e3779b97f4a7c15ULL : key; }
    // Maps the high 32 bits of the mixed key onto [0, n) without a division (Lemire's fast
    // range); n stays far below 2^32.
    static size_t home(quint64 key, size_t n) { return size_t(((mix(key) >> 32) * quint64(n)) >> 32); }
    size_t next(size_t i) const { return i + 1 == m_capacity ? 0 : i + 1; }

    struct Free {
        void operator()(Slot *p) const { std::free(p); }
    };
    using Storage = std::unique_ptr<Slot[], Free>;

    // Zeroed slots for at least `capacity` entries; *capacity and *bytes get what was allocated.
    static Storage allocate(size_t *capacity, size_t *bytes)
    {
        size_t size = *capacity * sizeof(Slot);
#ifdef Q_OS_LINUX
        constexpr size_t HugePage = 2 * 1024 * 1024;
        if (size >= 2 * HugePage) {
            size = (size + HugePage - 1) / HugePage * HugePage;
            if (void *p = std::aligned_alloc(HugePage, size)) {
                madvise(p, size, MADV_HUGEPAGE); // a hint: without it, 4 KiB pages
                std::memset(p, 0, size);
                *capacity = size / sizeof(Slot); // the rounding is free capacity
                *bytes = size;
                return Storage(static_cast<Slot *>(p));
            }
        }
#endif
        void *p = std::calloc(*capacity, sizeof(Slot));
        if (!p)
            qFatal("FlatHashTable: out of memory");
        *bytes = size;
        return Storage(static_cast<Slot *>(p));
    }

    void rehash(size_t capacity)
    {
        size_t bytes = 0;
        Storage fresh = allocate(&capacity, &bytes);
        Storage old = std::move(m_slots);
        const size_t oldCapacity = m_capacity;
        m_slots = std::move(fresh);
        m_capacity = capacity;
        m_bytes = bytes;
        for (size_t j = 0; j < oldCapacity; ++j) {
            const Slot &s = old[j];
            if (s.key == 0)
                continue;
            size_t i = home(s.key, m_capacity);
            while (m_slots[i].key != 0)
                i = next(i);
            m_slots[i] = s;
        }
    }

    Storage m_slots;
    size_t m_capacity = 0;
    size_t m_bytes = 0;
    qint64 m_size = 0;
};

} // namespace Model

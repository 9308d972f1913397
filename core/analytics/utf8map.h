#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

namespace cx {

/// A cheap 64-bit hash of a byte string, eight bytes at a time: the fold's
/// keys are short values (months, products, regions, codes) looked up once
/// or more per row, where QHash<QByteArray>'s SipHash was most of a fold
/// thread's time. Not for keys an adversary chooses to collide: a workspace
/// or an export can at worst make a lookup slower.
inline std::uint64_t utf8Hash(QByteArrayView bytes)
{
    constexpr std::uint64_t multiplier = 0x9E3779B97F4A7C15ULL;
    std::uint64_t hash = std::uint64_t(bytes.size()) * multiplier;
    const char *data = bytes.data();
    qsizetype left = bytes.size();
    for (; left >= 8; left -= 8, data += 8) {
        std::uint64_t word;
        std::memcpy(&word, data, 8);
        hash = (hash ^ word) * multiplier;
        hash ^= hash >> 29;
    }
    if (left > 0) {
        std::uint64_t word = 0;
        std::memcpy(&word, data, std::size_t(left));
        hash = (hash ^ word) * multiplier;
        hash ^= hash >> 29;
    }
    hash *= multiplier;
    return hash ^ (hash >> 32);
}

/// Byte strings to values by open addressing, the keys copied into one
/// arena: a lookup hashes once and compares the bytes of one slot, without
/// allocating. Keys are inserted once (find() first).
template<typename Value>
class Utf8Map
{
public:
    /// The value of `key`, or nullptr.
    const Value *find(QByteArrayView key) const
    {
        if (m_slots.empty())
            return nullptr;
        const std::uint64_t hash = utf8Hash(key) | occupied;
        for (std::size_t i = hash & mask();; i = (i + 1) & mask()) {
            const Slot &slot = m_slots[i];
            if (slot.hash == 0)
                return nullptr;
            // An empty key's data may be null, which memcmp() must not be given.
            if (slot.hash == hash && slot.length == std::uint64_t(key.size())
                && (key.isEmpty() || std::memcmp(m_bytes.data() + slot.offset, key.data(), std::size_t(key.size())) == 0))
                return &slot.value;
        }
    }

    /// Adds `key` (not in the map) with `value`; returns the stored value.
    const Value &insert(QByteArrayView key, Value value)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        const auto offset = std::uint64_t(m_bytes.size());
        m_bytes.insert(m_bytes.end(), key.data(), key.data() + key.size());
        ++m_size;
        return place({utf8Hash(key) | occupied, offset, std::uint64_t(key.size()), std::move(value)}).value;
    }

    qsizetype size() const { return qsizetype(m_size); }

    void clear()
    {
        m_slots.clear();
        m_bytes.clear();
        m_size = 0;
    }

private:
    // The top bit marks a slot in use, so that a hash of 0 is free.
    static constexpr std::uint64_t occupied = 1ULL << 63;

    struct Slot
    {
        std::uint64_t hash = 0; ///< 0: free
        std::uint64_t offset = 0;
        std::uint64_t length = 0;
        Value value{};
    };

    std::size_t mask() const { return m_slots.size() - 1; }

    Slot &place(Slot slot)
    {
        std::size_t i = slot.hash & mask();
        while (m_slots[i].hash != 0)
            i = (i + 1) & mask();
        m_slots[i] = std::move(slot);
        return m_slots[i];
    }

    void grow()
    {
        std::vector<Slot> old(std::max<std::size_t>(16, 2 * m_slots.size()));
        old.swap(m_slots);
        for (Slot &slot : old)
            if (slot.hash != 0)
                place(std::move(slot));
    }

    std::vector<Slot> m_slots; // a power of two long, at most half full
    std::vector<char> m_bytes;
    std::size_t m_size = 0;
};

} // namespace cx

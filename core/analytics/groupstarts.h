#pragma once

#include <cstddef>
#include <cstdint>
#include <numeric>
#include <vector>

namespace cx {

/// Where the entries of each group begin once entries are ordered by group
/// (the first step of a counting sort): for `groups` groups, from
/// `groupOf(i)` of each entry i of 0…count - 1, asked in that order, with one
/// past the last group at the end, so that group g holds positions
/// starts[g] … starts[g + 1] - 1.
template<typename GroupOf>
std::vector<std::uint32_t> indexGroupStarts(std::size_t groups, std::size_t count, GroupOf groupOf)
{
    std::vector<std::uint32_t> starts(groups + 1, 0);
    for (std::size_t i = 0; i < count; ++i)
        ++starts[std::size_t(groupOf(i)) + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    return starts;
}

/// indexGroupStarts() of a vector's entries, from `groupOf(entry)`.
template<typename Entries, typename GroupOf>
std::vector<std::uint32_t> groupStarts(std::size_t groups, const Entries &entries, GroupOf groupOf)
{
    return indexGroupStarts(groups, entries.size(), [&](std::size_t i) { return groupOf(entries[i]); });
}

} // namespace cx

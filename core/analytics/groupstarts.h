#pragma once

#include <cstddef>
#include <cstdint>
#include <numeric>
#include <vector>

namespace cx {

/// Where the entries of each group begin once entries are ordered by group
/// (the first step of a counting sort): for `groups` groups, from
/// `groupOf(entry)` of each entry, with one past the last group at the end,
/// so that group g holds positions starts[g] … starts[g + 1] - 1.
template<typename Entries, typename GroupOf>
std::vector<std::uint32_t> groupStarts(std::size_t groups, const Entries &entries, GroupOf groupOf)
{
    std::vector<std::uint32_t> starts(groups + 1, 0);
    for (const auto &entry : entries)
        ++starts[std::size_t(groupOf(entry)) + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    return starts;
}

} // namespace cx

#include "demo/demorandom.h"

#include <algorithm>

namespace cx::demo {

namespace {

std::uint64_t rotl(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

std::uint64_t splitmix64(std::uint64_t &state)
{
    state += 0x9e3779b97f4a7c15ULL;
    return mix64(state);
}

} // namespace

std::uint64_t mix64(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

DemoRandom::DemoRandom(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (std::uint64_t &word : m_state)
        word = splitmix64(state);
}

std::uint64_t DemoRandom::next()
{
    const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
    const std::uint64_t t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

std::uint64_t DemoRandom::below(std::uint64_t n)
{
    // Rejection keeps the result exactly uniform: drop the top partial range.
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
        const std::uint64_t r = next();
        if (r >= threshold)
            return r % n;
    }
}

std::int64_t DemoRandom::between(std::int64_t lo, std::int64_t hi)
{
    return lo + std::int64_t(below(std::uint64_t(hi - lo) + 1));
}

double DemoRandom::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

double DemoRandom::normal()
{
    double sum = 0.0;
    for (int i = 0; i < 12; ++i)
        sum += uniform();
    return sum - 6.0;
}

std::size_t DemoRandom::weighted(std::span<const std::uint32_t> weights)
{
    std::uint64_t total = 0;
    for (std::uint32_t w : weights)
        total += w;
    std::uint64_t r = below(total);
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i])
            return i;
        r -= weights[i];
    }
    return weights.size() - 1;
}

std::size_t DemoRandom::cumulative(std::span<const std::uint64_t> cumulativeWeights)
{
    const std::uint64_t r = below(cumulativeWeights.back());
    return std::size_t(std::upper_bound(cumulativeWeights.begin(), cumulativeWeights.end(), r)
                       - cumulativeWeights.begin());
}

} // namespace cx::demo

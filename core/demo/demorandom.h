#pragma once

#include <cstdint>
#include <span>

namespace cx::demo {

/// Deterministic random numbers for the demo generator: xoshiro256** seeded
/// through splitmix64, with its own uniform, normal and choice helpers.
///
/// std:: distributions are implementation-defined, so they would give other
/// data on another standard library; everything here uses only integer
/// arithmetic and exactly rounded IEEE operations (+, -, *, /), which give
/// the same bits on every platform.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed);

    /// The next 64 random bits.
    std::uint64_t next();

    /// Uniform integer in [0, n); n must be > 0.
    std::uint64_t below(std::uint64_t n);

    /// Uniform integer in [lo, hi] (both included).
    std::int64_t between(std::int64_t lo, std::int64_t hi);

    /// Uniform double in [0, 1) with 53 random bits.
    double uniform();

    /// Uniform double in [-1, 1).
    double symmetric() { return 2.0 * uniform() - 1.0; }

    /// Approximately standard normal (Irwin-Hall sum of 12 uniforms minus 6):
    /// mean 0, standard deviation 1, bounded to [-6, 6].
    double normal();

    /// True with the given probability (per mille, 0..1000).
    bool chancePerMille(std::uint32_t perMille) { return below(1000) < perMille; }

    /// Index drawn with the given non-negative integer weights (at least one > 0).
    std::size_t weighted(std::span<const std::uint32_t> weights);

    /// Index drawn from cumulative integer weights (strictly increasing at
    /// drawable entries; the last entry is the total).
    std::size_t cumulative(std::span<const std::uint64_t> cumulativeWeights);

private:
    std::uint64_t m_state[4];
};

/// Mixes a 64-bit value (splitmix64 finaliser); used to derive sub-seeds.
std::uint64_t mix64(std::uint64_t value);

} // namespace cx::demo

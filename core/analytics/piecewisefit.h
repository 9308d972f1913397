#pragma once

#include <functional>
#include <memory>
#include <span>
#include <vector>

// Piecewise-linear segmentation of an evenly spaced series: the series is cut
// into contiguous pieces, each fitted by its own straight line. The lifecycle
// classifier reads a users curve through such pieces, and weighs every way
// of cutting it by how well it fits.
//
// A cut is weighed as the model y(t) = line of its piece + noise of known
// variance σ² would weigh it, with a BIC-like price per piece:
//   Π over pieces exp(−½ (RSS_piece ÷ σ² + penalty)),
// inner pieces of at least minLength points, the last of at least
// minLastLength. Sums and maxima over all cuts come from dynamic programming
// over prefix sums, O(n²).

namespace cx {

/// One piece of a piecewise-linear fit: y ≈ mean + slope·(t − centre) for
/// first ≤ t ≤ last.
struct LineSegment
{
    int first = 0;
    int last = 0;
    double mean = 0;   ///< ȳ over the piece: the fitted value at the centre
    double slope = 0;  ///< least-squares slope per step
    double centre = 0; ///< t̄ of the piece
    double sxx = 0;    ///< Σ(t − t̄)² of the piece

    int length() const { return last - first + 1; }
    double at(double t) const { return mean + slope * (t - centre); }
};

/// A cut of a series into pieces.
struct Segmentation
{
    std::vector<LineSegment> segments; ///< in order; together they cover the series
    double rss = 0;                    ///< residual sum of squares of the least-squares lines

    /// The segment holding point t.
    const LineSegment &segmentAt(int t) const;
    /// The fitted value at point t.
    double at(int t) const { return segmentAt(t).at(t); }
};

/// How a cut is priced (see the top of this header).
struct SegmentationModel
{
    double noiseVariance = 1;
    double piecePenalty = 0; ///< e.g. 3·ln n: level, slope and cut of each piece
    int minLength = 2;       ///< inner pieces; at least 2
    int minLastLength = 2;   ///< the last piece; at least minLength
};

/// The cut of highest weight, with least-squares lines; empty when y is
/// shorter than minLastLength.
Segmentation mostProbableSegmentation(std::span<const double> y, const SegmentationModel &model);

/// Draws cuts from the posterior over all cuts of a series.
class SegmentationSampler
{
public:
    SegmentationSampler(std::span<const double> y, const SegmentationModel &model);
    ~SegmentationSampler();
    SegmentationSampler(const SegmentationSampler &) = delete;
    SegmentationSampler &operator=(const SegmentationSampler &) = delete;

    /// One cut drawn from the posterior (the last piece first, each from its
    /// share of the weight), each piece's level and slope drawn from their
    /// normal posterior around its least-squares line (variances σ²/m and
    /// σ²/Σ(t − t̄)²). `uniform` returns numbers in (0, 1). Empty when y is
    /// shorter than minLastLength.
    Segmentation sample(const std::function<double()> &uniform) const;

private:
    struct Tables;
    std::unique_ptr<Tables> m_tables;
};

/// Noise standard deviation of a smooth series from its third differences
/// d(t) = y(t) − 3y(t+1) + 3y(t+2) − y(t+3), which cancel any stretch that is
/// straight or evenly bent: 1.4826·median|d| ÷ √20 (the median ignores the
/// few kinks and steps). 0 for fewer than 4 points.
double differenceNoise(std::span<const double> y);

} // namespace cx

#include "analytics/piecewisefit.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace cx {

namespace {

constexpr double kMinusInfinity = -std::numeric_limits<double>::infinity();

// Prefix sums of t, t², y, y², t·y: any piece's line and residual in O(1).
// y is centred first, so that the sums of y² cancel far less.
class PieceFits
{
public:
    PieceFits(std::span<const double> y, const SegmentationModel &model)
        : m_n(int(y.size()))
        , m_model(model)
        , m_sums(y.size() + 1)
    {
        m_model.minLength = std::max(model.minLength, 2);
        m_model.minLastLength = std::max(model.minLastLength, m_model.minLength);
        for (double v : y)
            m_offset += v;
        m_offset /= std::max(1, m_n);
        for (size_t t = 0; t < y.size(); ++t) {
            const double s = double(t);
            const double v = y[t] - m_offset;
            const Sums &p = m_sums[t];
            m_sums[t + 1] = {p.t + s, p.tt + s * s, p.y + v, p.yy + v * v, p.ty + s * v};
        }
    }

    int size() const { return m_n; }
    bool isValid() const { return m_n >= m_model.minLastLength && m_model.noiseVariance > 0; }
    const SegmentationModel &model() const { return m_model; }
    /// The shortest piece that may end at b.
    int shortestEndingAt(int b) const { return b == m_n - 1 ? m_model.minLastLength : m_model.minLength; }

    LineSegment line(int first, int last) const
    {
        const Sums s = range(first, last);
        const double m = last - first + 1;
        LineSegment piece;
        piece.first = first;
        piece.last = last;
        piece.centre = s.t / m;
        piece.sxx = s.tt - m * piece.centre * piece.centre;
        const double meanY = s.y / m;
        piece.slope = (s.ty - m * piece.centre * meanY) / piece.sxx;
        piece.mean = meanY + m_offset;
        return piece;
    }

    double rss(int first, int last) const
    {
        const Sums s = range(first, last);
        const double m = last - first + 1;
        const double sxx = s.tt - s.t * s.t / m;
        const double sxy = s.ty - s.t * s.y / m;
        const double syy = s.yy - s.y * s.y / m;
        return std::max(0.0, syy - sxy * sxy / sxx);
    }

    /// log of exp(−½ (RSS ÷ σ² + penalty)).
    double logWeight(int first, int last) const
    {
        return -0.5 * (rss(first, last) / m_model.noiseVariance + m_model.piecePenalty);
    }

private:
    struct Sums
    {
        double t = 0, tt = 0, y = 0, yy = 0, ty = 0;
    };

    Sums range(int first, int last) const
    {
        const Sums &a = m_sums[size_t(first)];
        const Sums &b = m_sums[size_t(last) + 1];
        return {b.t - a.t, b.tt - a.tt, b.y - a.y, b.yy - a.yy, b.ty - a.ty};
    }

    int m_n;
    SegmentationModel m_model;
    double m_offset = 0;
    std::vector<Sums> m_sums;
};

} // namespace

const LineSegment &Segmentation::segmentAt(int t) const
{
    const auto it = std::find_if(segments.begin(), segments.end(), [t](const LineSegment &s) { return t <= s.last; });
    return it != segments.end() ? *it : segments.back();
}

Segmentation mostProbableSegmentation(std::span<const double> y, const SegmentationModel &model)
{
    const PieceFits fits(y, model);
    Segmentation best;
    if (!fits.isValid())
        return best;
    const int n = fits.size();
    // Index b + 1: the best cut of points 0…b and where its last piece starts.
    std::vector<double> bestLog(size_t(n) + 1, kMinusInfinity);
    std::vector<int> start(size_t(n) + 1, 0);
    bestLog[0] = 0;
    for (int b = 0; b < n; ++b) {
        for (int a = 0; a + fits.shortestEndingAt(b) - 1 <= b; ++a) {
            if (bestLog[size_t(a)] == kMinusInfinity)
                continue;
            const double w = bestLog[size_t(a)] + fits.logWeight(a, b);
            if (w > bestLog[size_t(b) + 1]) {
                bestLog[size_t(b) + 1] = w;
                start[size_t(b) + 1] = a;
            }
        }
    }
    for (int last = n - 1; last >= 0;) {
        const int first = start[size_t(last) + 1];
        best.segments.push_back(fits.line(first, last));
        best.rss += fits.rss(first, last);
        last = first - 1;
    }
    std::reverse(best.segments.begin(), best.segments.end());
    return best;
}

struct SegmentationSampler::Tables
{
    Tables(std::span<const double> y, const SegmentationModel &model)
        : fits(y, model)
    {
    }

    struct Start
    {
        double cumulative; // share of the weight of the cuts of 0…b whose last piece starts at or after `first`
        int first;
    };

    PieceFits fits;
    std::vector<Start> starts;        // per end b, the possible starts of its piece
    std::vector<size_t> startOffsets; // the starts of end b: [offset b, offset b + 1)
};

SegmentationSampler::SegmentationSampler(std::span<const double> y, const SegmentationModel &model)
    : m_tables(std::make_unique<Tables>(y, model))
{
    const PieceFits &fits = m_tables->fits;
    if (!fits.isValid())
        return;
    const int n = fits.size();
    // logTotal[b + 1]: log of the summed weight of all cuts of points 0…b.
    std::vector<double> logTotal(size_t(n) + 1, kMinusInfinity);
    logTotal[0] = 0;
    std::vector<std::pair<double, int>> terms;
    m_tables->startOffsets.assign(size_t(n) + 1, 0);
    for (int b = 0; b < n; ++b) {
        terms.clear();
        double highest = kMinusInfinity;
        for (int a = b - fits.shortestEndingAt(b) + 1; a >= 0; --a) {
            if (logTotal[size_t(a)] == kMinusInfinity)
                continue;
            terms.emplace_back(logTotal[size_t(a)] + fits.logWeight(a, b), a);
            highest = std::max(highest, terms.back().first);
        }
        double total = 0;
        for (auto &[logTerm, a] : terms) {
            logTerm = std::exp(logTerm - highest);
            total += logTerm;
        }
        if (total > 0) {
            logTotal[size_t(b) + 1] = highest + std::log(total);
            double cumulative = 0;
            for (const auto &[term, a] : terms) {
                cumulative += term / total;
                m_tables->starts.push_back({cumulative, a});
            }
        }
        m_tables->startOffsets[size_t(b) + 1] = m_tables->starts.size();
    }
}

SegmentationSampler::~SegmentationSampler() = default;

Segmentation SegmentationSampler::sample(const std::function<double()> &uniform) const
{
    Segmentation s;
    const PieceFits &fits = m_tables->fits;
    if (!fits.isValid())
        return s;
    const double variance = fits.model().noiseVariance;
    // Box–Muller gives normals in pairs; the second one is kept for the next draw.
    double spare = 0;
    bool haveSpare = false;
    const auto normal = [&] {
        if (haveSpare) {
            haveSpare = false;
            return spare;
        }
        const double radius = std::sqrt(-2.0 * std::log(uniform()));
        const double angle = 2.0 * std::numbers::pi * uniform();
        spare = radius * std::sin(angle);
        haveSpare = true;
        return radius * std::cos(angle);
    };
    const auto &starts = m_tables->starts;
    for (int b = fits.size() - 1; b >= 0;) {
        const auto begin = starts.begin() + std::ptrdiff_t(m_tables->startOffsets[size_t(b)]);
        const auto end = starts.begin() + std::ptrdiff_t(m_tables->startOffsets[size_t(b) + 1]);
        const double u = uniform();
        const auto chosen =
            std::lower_bound(begin, end, u, [](const Tables::Start &start, double v) { return start.cumulative < v; });
        const int first = (chosen != end ? chosen : end - 1)->first;
        LineSegment piece = fits.line(first, b);
        piece.mean += normal() * std::sqrt(variance / piece.length());
        piece.slope += normal() * std::sqrt(variance / piece.sxx);
        s.segments.push_back(piece);
        s.rss += fits.rss(first, b);
        b = first - 1;
    }
    std::reverse(s.segments.begin(), s.segments.end());
    return s;
}

double differenceNoise(std::span<const double> y)
{
    if (y.size() < 4)
        return 0;
    std::vector<double> d;
    d.reserve(y.size() - 3);
    for (size_t t = 0; t + 3 < y.size(); ++t)
        d.push_back(std::abs(y[t] - 3 * y[t + 1] + 3 * y[t + 2] - y[t + 3]));
    const auto middle = d.begin() + std::ptrdiff_t(d.size() / 2);
    std::nth_element(d.begin(), middle, d.end());
    double median = *middle;
    if (d.size() % 2 == 0)
        median = (median + *std::max_element(d.begin(), middle)) / 2;
    return 1.4826 * median / std::sqrt(20.0);
}

} // namespace cx

#pragma once

#include <QtGlobal>

#include <algorithm>
#include <functional>

namespace cx {

/// Called now and then while a fold runs, with the rows folded and the rows
/// to fold (complaints and survey responses, each row changed in place
/// twice: out and in). Returning false stops the fold: it then fails
/// without a message, and the caller rolls back what it wrote.
using FoldProgress = std::function<bool(qint64 done, qint64 total)>;

/// Counts the rows a fold went through and tells its FoldProgress every few
/// thousand of them, keeping its answer: a fold checks stopped() in its loops.
class FoldTicker
{
public:
    /// Without a callback (or an empty one) it only counts.
    explicit FoldTicker(const FoldProgress *progress = nullptr)
        : m_progress(progress && *progress ? progress : nullptr)
    {
    }

    /// The rows the fold goes through, known once it has looked.
    void setTotal(qint64 total) { m_total = total; }
    /// Counts `rows` more; false once the fold is to stop.
    bool advance(qint64 rows = 1)
    {
        if ((m_done += rows) >= m_next)
            report();
        return !m_stopped;
    }
    /// Reports where the fold is (between steps that count no rows, such as
    /// a write); false once the fold is to stop.
    bool report()
    {
        m_next = m_done + kStep;
        if (m_progress && !m_stopped)
            m_stopped = !(*m_progress)(std::min(m_done, m_total), m_total);
        return !m_stopped;
    }
    /// Reports the fold done; false when it was to stop after all.
    bool finish()
    {
        m_done = std::max(m_done, m_total);
        return report();
    }
    bool stopped() const { return m_stopped; }

private:
    // Rows between reports: a few milliseconds of folding.
    static constexpr qint64 kStep = 4096;

    const FoldProgress *m_progress = nullptr;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_next = kStep;
    bool m_stopped = false;
};

} // namespace cx

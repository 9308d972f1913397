#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <vector>

class QTextStream;

namespace cx::bench {

/// Standard output, where the benchmarks print their figures.
QTextStream &out();

/// Milliseconds since `timer` started, with the fraction.
double elapsedMs(const QElapsedTimer &timer);

/// Generates the demo exports (`complaints` complaints as one UTF-8 CSV,
/// `surveys` responses) into `folder`, creates a workspace at
/// `workspacePath` and imports them with cx::Importer, printing the time of
/// each step; false (with the reason on stderr) when a step fails.
bool importDemo(const QString &workspacePath, const QString &folder, qint64 complaints, qint64 surveys);

/// CPU time of the calling thread in milliseconds (what a loaded machine does not inflate).
double threadCpuMs();

/// "12.3 ms".
QString ms(double value);

/// Timings of one kind, summarised by their quantiles.
struct Stats
{
    std::vector<double> samples;

    /// The q-quantile (0.5 the median, 1 the maximum); 0 without samples.
    double at(double q);
    /// "median … p95 … max … (n changes)".
    QString summary();
};

/// The longest time the GUI thread did not get round to a 2 ms timer, the CPU
/// time it spent within that stall, and the most CPU time it spent between
/// two ticks (the part of a stall that is the program's own work rather than
/// waiting: for a core on a loaded machine, or for another thread).
class StallMonitor : public QObject
{
public:
    StallMonitor();
    /// Starts (or restarts) measuring from now.
    void start();
    double longest() const { return m_longest; }
    QString summary() const;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
    double m_longestCpu = 0;
    double m_busiest = 0;
    double m_cpu = 0;
};

/// Runs the event loop until `done` or `timeoutMs`; returns the time waited.
double waitFor(const std::function<bool()> &done, int timeoutMs = 120000);

} // namespace cx::bench

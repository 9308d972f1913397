#include "benchsupport.h"

#include "demo/demogenerator.h"
#include "pipeline/importer.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <ctime>

namespace cx::bench {

using namespace Qt::StringLiterals;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

bool importDemo(const QString &workspacePath, const QString &folder, qint64 complaints, qint64 surveys)
{
    cx::DemoOptions options;
    options.outputDir = folder;
    options.complaints = complaints;
    options.surveys = surveys;
    options.format = cx::DemoFormat::Utf8;
    QElapsedTimer timer;
    timer.start();
    const cx::DemoResult demo = cx::DemoGenerator(options).run();
    if (!demo.ok) {
        QTextStream(stderr) << demo.errorMessage << '\n';
        return false;
    }
    out() << "demo exports written in " << QString::number(elapsedMs(timer) / 1000, 'f', 1) << " s\n";

    cx::WorkspaceError error;
    if (!cx::Workspace::create(workspacePath, &error)) {
        QTextStream(stderr) << error.message << '\n';
        return false;
    }
    cx::Importer importer(workspacePath);
    for (const cx::DemoFile &file : demo.files) {
        if (!file.fileName.endsWith(u".csv"_s) && !file.fileName.endsWith(u".xlsx"_s))
            continue;
        timer.restart();
        const cx::ImportReport report = importer.importFile(QDir(folder).filePath(file.fileName));
        if (report.failed()) {
            QTextStream(stderr) << report.error << '\n';
            return false;
        }
        out() << "imported " << file.fileName << ": " << report.inserted() << " rows in "
              << QString::number(elapsedMs(timer) / 1000, 'f', 1) << " s\n";
        out().flush();
    }
    return true;
}

QString ms(double value)
{
    return QString::number(value, 'f', 1) + u" ms"_s;
}

double Stats::at(double q)
{
    std::sort(samples.begin(), samples.end());
    return samples.empty() ? 0 : samples[std::min(samples.size() - 1, std::size_t(q * double(samples.size())))];
}

QString Stats::summary()
{
    if (samples.empty())
        return u"–"_s;
    return u"median %1   p95 %2   max %3   (%4 changes)"_s.arg(ms(at(0.5)), ms(at(0.95)), ms(at(1.0))).arg(samples.size());
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

StallMonitor::StallMonitor()
{
    m_timer.setInterval(2);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const double gap = elapsedMs(m_clock);
        const double cpu = threadCpuMs();
        if (gap - 2.0 > m_longest) {
            m_longest = gap - 2.0;
            m_longestCpu = cpu - m_cpu;
        }
        m_busiest = std::max(m_busiest, cpu - m_cpu);
        m_clock.restart();
        m_cpu = cpu;
    });
}

void StallMonitor::start()
{
    m_longest = 0;
    m_longestCpu = 0;
    m_busiest = 0;
    m_cpu = threadCpuMs();
    m_clock.start();
    m_timer.start();
}

QString StallMonitor::summary() const
{
    return u"%1 wall clock, of which %2 of GUI-thread CPU time (at most %3 between two ticks)"_s.arg(
        ms(m_longest), ms(m_longestCpu), ms(m_busiest));
}

double waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return elapsedMs(timer);
}

} // namespace cx::bench

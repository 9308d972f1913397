#pragma once

#include <QString>

class QElapsedTimer;
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

} // namespace cx::bench

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace cx {

/// How the demo complaint work orders are written.
enum class DemoFormat {
    Mixed, ///< two overlapping period files, as real exports arrive: GBK CSV with title and
           ///< footer rows, then UTF-8 CSV with BOM, other column names and an empty last column
    Utf8,  ///< one plain UTF-8 CSV (no BOM, LF, no title, footer or overlap)
    Gbk,   ///< one GB18030 CSV (CRLF, 2024/1/5 9:03:07 dates, no title, footer or overlap)
    Xlsx,  ///< one XLSX sheet with real date cells
};

/// What to generate.
struct DemoOptions
{
    QString outputDir;                ///< created if missing
    qint64 complaints = 24000;        ///< unique complaint work orders
    qint64 surveys = 6000;            ///< survey responses
    quint64 seed = 20240101;          ///< same seed, same bytes, on every platform
    DemoFormat format = DemoFormat::Mixed;
};

/// One file a run wrote.
struct DemoFile
{
    QString fileName; ///< relative to DemoOptions::outputDir
    qint64 rows = 0;  ///< data rows (title, header and footer rows not counted)
};

/// The outcome of DemoGenerator::run().
struct DemoResult
{
    bool ok = false;
    bool canceled = false;
    QString errorMessage;  ///< translated; says what went wrong and what to do
    QList<DemoFile> files; ///< in the order written; demo_truth.json last
};

/// Progress of a run: work done and total work (rows); return false to cancel.
using DemoProgress = std::function<bool(qint64 done, qint64 total)>;

/// Writes a realistic, deterministic set of demo exports for one province
/// (广东): complaint work orders, a satisfaction survey (XLSX), product
/// monthly figures, experience funnel rates, the indicator tree and its
/// monthly actuals, plus demo_truth.json with the planted patterns (complaint
/// spike, satisfaction drop, Kano classes, lifecycle types, indicator miss
/// chain, experience gaps) and the counts a correct import must find.
///
/// Rows are streamed in constant memory, so tens of millions of complaints
/// are fine. A failed or canceled run removes the files it wrote.
class DemoGenerator
{
public:
    static constexpr qint64 kMaxComplaints = 100'000'000;
    static constexpr qint64 kMaxXlsxComplaints = 1'048'575; ///< one sheet below its header
    static constexpr qint64 kMaxSurveys = 1'048'574;        ///< one sheet below title and header

    explicit DemoGenerator(DemoOptions options);

    /// Checks the counts and format; returns a translated message, or an empty string if fine.
    static QString validate(const DemoOptions &options);

    /// Generates every file; calls progress now and then (it may cancel).
    DemoResult run(const DemoProgress &progress = {});

    /// Rows of the first period file repeated at the top of the second one (Mixed format).
    static qint64 overlapRows(qint64 complaints);

    /// "mixed", "utf8", "gbk" or "xlsx".
    static QString formatName(DemoFormat format);
    static std::optional<DemoFormat> formatFromName(QStringView name);

private:
    DemoOptions m_options;
};

} // namespace cx

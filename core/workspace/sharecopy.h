#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace cx {

/// What a copy of a workspace for sharing leaves out.
struct ShareOptions
{
    /// Phone numbers are removed by default: every phone column is NULL in
    /// the copy (not masked), the phone part of survey response keys goes,
    /// and phone numbers written into the texts that are kept (complaint
    /// texts, answers, work orders …) are blanked digit by digit.
    bool dropPhones = true;
    /// Complaint texts (投诉内容), survey reasons and the answers to free-text
    /// questions are NULL in the copy; complaint keywords and pain-point tags go with them.
    bool dropText = false;
    /// The period kept, "YYYY-MM" each; empty for no bound. Rows of other
    /// months leave every fact table.
    QString fromMonth;
    QString toMonth;

    bool hasPeriod() const { return !fromMonth.isEmpty() || !toMonth.isEmpty(); }
};

/// What a copy for sharing keeps and removes. ShareCopy::plan() counts it on
/// the workspace; ShareCopy::write() reports what it wrote.
struct ShareSummary
{
    QStringList months;              ///< months with complaints or responses in the workspace, ascending
    qint64 complaintsKept = 0;
    qint64 complaintsRemoved = 0;    ///< outside the period
    qint64 responsesKept = 0;
    qint64 responsesRemoved = 0;     ///< outside the period, with their answers
    qint64 monthlyRowsRemoved = 0;   ///< product figures, subscribers, funnel rates, indicator values outside the period
    qint64 phonesRemoved = 0;        ///< phone numbers of the complaints and responses kept
    qint64 textsRemoved = 0;         ///< complaint texts, survey reasons and free-text answers kept rows had
    qint64 batchesRemoved = 0;       ///< imports with no row left in the period
    qint64 rejectedRowsRemoved = 0;  ///< rejected rows of those imports
    qint64 rejectedTextsRemoved = 0; ///< raw lines of the rejected rows kept (they hold phones and texts too)
    qint64 workOrders = 0;           ///< kept, every one
    qint64 workOrderLinksRemoved = 0; ///< evidence links to complaints outside the period
    qint64 textsWithPhonesBlanked = 0; ///< kept texts in which phone numbers were blanked (write() only)
};

/// Writes a copy of a workspace that holds only what its recipient needs
/// (ShareOptions), as a fresh file: the workspace is snapshotted with
/// VACUUM INTO, the removals are made in that scratch copy, the analysis
/// aggregates are rebuilt for what is left, and the result is written with
/// VACUUM INTO once more, so that no freed page of the copy carries removed
/// data. Settings, mapping profiles, journey stages, the category map,
/// indicators and work orders are kept; work orders keep their evidence
/// links only to complaints the copy holds. The workspace itself is only
/// read. Both functions use their own connections and may run on a worker
/// thread while the workspace is open elsewhere.
class ShareCopy
{
    Q_DECLARE_TR_FUNCTIONS(cx::ShareCopy)

public:
    /// Progress in permille of the whole job, with the step under way.
    using Progress = std::function<void(int permille, const QString &step)>;

    /// Counts what a copy with `options` keeps and removes; reads only.
    static std::optional<ShareSummary> plan(const QString &workspacePath, const ShareOptions &options,
                                            QString *error);

    /// Writes the copy to `copyPath`. Refuses to write over the workspace
    /// itself (or its side files) always, and over any other existing file
    /// unless `replace` (which then swaps the new file in only once it is
    /// complete). `cancel` may stop it between and inside steps; nothing is
    /// left behind then. False with a translated message on failure.
    static bool write(const QString &workspacePath, const QString &copyPath, const ShareOptions &options,
                      bool replace, const Progress &progress, const std::atomic_bool *cancel, ShareSummary *summary,
                      QString *error);

    /// `text` with every mainland mobile number in it (full or masked, with
    /// or without +86) replaced by asterisks, so that none of its digits stay.
    static QString blankPhones(const QString &text);
};

} // namespace cx

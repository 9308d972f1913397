#pragma once

#include "pipeline/sqlite.h"

#include <QCoreApplication>
#include <QString>

namespace cx {

/// How many workspace rows one import batch brought in.
struct BatchRows
{
    qint64 complaints = 0;
    qint64 surveyResponses = 0; ///< their answers go with them
    qint64 productMonthly = 0;
    qint64 subscribers = 0;
    qint64 funnelRates = 0;
    qint64 indicators = 0;
    qint64 indicatorValues = 0;
    qint64 rejected = 0;         ///< rejected rows kept for the batch
    qint64 linkedWorkOrders = 0; ///< work orders citing complaints of the batch as evidence

    /// Data rows of every table (rejections and work orders not counted).
    qint64 total() const
    {
        return complaints + surveyResponses + productMonthly + subscribers + funnelRates + indicators + indicatorValues;
    }
};

/// Counts and deletes the rows of an import batch. Uses its own SQLite
/// connection to the workspace file, so it may run on a worker thread while
/// the GUI keeps reading the workspace.
class Batches
{
    Q_DECLARE_TR_FUNCTIONS(cx::Batches)

public:
    explicit Batches(const QString &workspacePath);

    /// Counts what deleteBatch() would remove. False, with a translated
    /// `error`, when the workspace cannot be read or there is no such batch.
    bool countRows(qint64 batchId, BatchRows *rows, QString *error);

    /// Deletes the batch, every row it imported (complaints, survey responses
    /// and their answers, monthly figures, subscribers, funnel rates,
    /// indicators and indicator values) and its rejected rows, in one
    /// transaction: on failure the workspace is unchanged. `deleted` (may be
    /// null) receives what was removed.
    bool deleteBatch(qint64 batchId, BatchRows *deleted, QString *error);

private:
    bool open(QString *error);
    bool count(qint64 batchId, BatchRows *rows, QString *error);

    QString m_path;
    sqlite::Database m_db;
};

} // namespace cx

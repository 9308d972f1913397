#pragma once

#include "pipeline/encodedrow.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace cx {

class RowWriter;
class TableReader;

/// Reads and encodes the data rows of a file on a thread of its own, so that
/// parsing and converting overlap with SQLite's inserting. Rows travel in a
/// pool of batches, made as the reading needs them up to a fixed number:
/// memory stays bounded however large the file.
class RowProducer
{
public:
    struct Batch
    {
        std::vector<EncodedRow> rows;
        int used = 0;
    };

    /// The header row is passed over and the rows above it come as Title
    /// rows; totals (classifyRow's Footer test) come as Footer rows, whatever
    /// their other cells hold. `width` is the header's width; CSV rows
    /// shorter than it are rejected (XLSX omits trailing empty cells, so
    /// there only longer rows are). The text of a rejected row is kept with
    /// its phone numbers masked unless `keepPhones`.
    RowProducer(TableReader &reader, RowWriter &writer, qint64 headerLine, int width, bool csv, bool keepPhones);
    ~RowProducer();

    void start();
    /// The next full batch, or null at the end of the data (see errorString()).
    Batch *take();
    /// Gives a batch from take() back to the pool.
    void recycle(Batch *batch);
    /// Stops reading early and waits for the thread.
    void stop();

    qint64 progressBytes() const { return m_progress.load(std::memory_order_relaxed); }
    qint64 totalBytes() const { return m_total; }
    /// After take() returned null: the reader's error, empty at a clean end.
    QString errorString() const { return m_error; }

private:
    void run();
    void encode(const class TableRow &row, EncodedRow &out);

    static constexpr int batchRows = 512;
    // About 20 MB of rows: enough that reading, inserting and the import's
    // fold (which holds the batches it has still to count) seldom wait for
    // one another on two cores; with 8, an import took 10 % longer.
    static constexpr int batchCount = 64;

    TableReader &m_reader;
    RowWriter &m_writer;
    const qint64 m_headerLine;
    const int m_width;
    const bool m_csv;
    const bool m_keepPhones;
    const qint64 m_total;

    std::vector<std::unique_ptr<Batch>> m_pool;
    std::deque<Batch *> m_free;
    std::deque<Batch *> m_full;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_finished = false;
    bool m_stopping = false;
    std::atomic<qint64> m_progress = 0;
    QString m_error;
    std::thread m_thread;
};

} // namespace cx

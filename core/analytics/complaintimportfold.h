#pragma once

#include "analytics/complaintfields.h"

#include <QHash>
#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

namespace cx {

class ComplaintCounter;
class DimensionIds;
class KeywordCounter;
class FoldTicker;
class TextLists;

namespace sqlite {
class Database;
}

/// Counts the complaints an import inserts on a thread of its own, from the
/// values it inserted, still in memory, while the import goes on inserting:
/// at the end of the import only the counts are left to write
/// (finishImportFold()), with no read-back of the rows. The thread makes no
/// SQLite call (the import's connection is busy inserting): dimension values
/// not seen before get their ids in memory, and counts that fill what a fold
/// keeps in memory are taken out and written by the connection's thread the
/// next time it posts or drains, while the counting goes on (it waits only
/// if it fills again before they are written). Rows changed in place are
/// left to finishImportFold(), which takes their kept values out.
///
/// When the workspace's keywords are folded as far as its cells, the
/// thread counts the keywords of the complaints too, as long as their texts
/// repeat (exports of templated texts): each distinct text is split once,
/// and the keyword step after the import has nothing left to do. Texts that
/// rarely repeat would make the import wait for their splitting: their
/// keywords are left to the keyword step (keywordfold.h).
class ComplaintImportFold
{
public:
    /// Gives a complaint to count: its id and its fields.
    using Count = std::function<void(qint64 id, const ComplaintFields &fields)>;
    /// Runs on the fold thread: calls `count` for each complaint of a chunk,
    /// in id order, then lets go of the chunk's memory.
    using Work = std::function<void(const Count &count)>;

    /// Reads the dimension ids and word lists on the calling thread, the
    /// connection's, and starts the thread. For an import whose
    /// beginImportFold() returned true, before its first row.
    explicit ComplaintImportFold(sqlite::Database &db);
    /// Stops the thread (stop()).
    ~ComplaintImportFold();
    ComplaintImportFold(const ComplaintImportFold &) = delete;
    ComplaintImportFold &operator=(const ComplaintImportFold &) = delete;

    /// Whether it could read what it needs; otherwise the import's fold reads its rows back.
    bool isValid() const { return m_valid; }

    /// Queues the complaints of batch `batchId` that `work` gives; waits
    /// while enough work is queued. False on a database error of a write.
    bool post(qint64 batchId, Work work);
    /// Waits until everything posted is counted; false on a database error of a write.
    bool drain();
    /// Stops the thread: work not begun is dropped without running; the
    /// counts are kept. Waits for the work under way.
    void stop();

    /// After drain(), on the connection's thread in the import's fold:
    /// stops the thread, inserts the new dimension values, writes the counts
    /// held (advancing `ticker` by the complaints written, stopping with it),
    /// the batches' complaints and the fold state up to the last complaint
    /// counted, with the keywords when they were counted. False on a
    /// database error or a stop.
    bool write(sqlite::Database &db, FoldTicker &ticker);

    /// Complaints counted before deciding whether their texts repeat enough
    /// for their keywords to be counted in the import.
    static constexpr qint64 keywordTrialRows = 20000;
    /// The most distinct texts per complaint with which keywords are counted in the import.
    static constexpr double keywordTextsPerRow = 0.25;

private:
    void run();
    void count(qint64 batchId, qint64 id, const ComplaintFields &fields);
    bool writePending(std::unique_lock<std::mutex> &lock);
    void decideKeywords();

    // Queued chunks beyond the one being counted. The producer's pool of
    // chunks (RowProducer, 64) must keep one free for the reader, or a fold
    // waiting for a write and an importer waiting for rows would wait for
    // each other. A deep queue lets the counting fall behind while the
    // connection writes in a burst and catch up after, rather than hold
    // the inserting up.
    static constexpr std::size_t maxQueued = 48;

    sqlite::Database &m_db;
    std::unique_ptr<TextLists> m_lists;
    std::unique_ptr<DimensionIds> m_dims;
    std::unique_ptr<ComplaintCounter> m_counter;
    std::unique_ptr<KeywordCounter> m_keywords; ///< null: keywords left to the keyword step
    bool m_keywordsDecided = false;             ///< whether decideKeywords() kept or dropped them
    bool m_valid = false;

    QHash<qint64, qint64> m_perBatch; ///< complaints counted per batch
    qint64 m_lastId = 0;              ///< of the complaint counted last
    qint64 m_counted = 0;
    qint64 m_written = 0;             ///< complaints whose counts were written

    struct Pending;
    std::unique_ptr<Pending> takeCounts();
    std::unique_ptr<Pending> m_pending; ///< counts taken out when full, to be written; under m_mutex

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<qint64, Work>> m_queue; ///< batch id, work
    bool m_busy = false;     ///< counting a chunk
    bool m_stopping = false;
    bool m_failed = false;   ///< a write failed
    bool m_dropping = false; ///< fold thread: stopped while waiting to take counts out, the rest of the chunk is not counted
    std::thread m_thread;
};

} // namespace cx

#include "analytics/complaintimportfold.h"

#include "analytics/aggregatedimensions.h"
#include "analytics/complaintcounter.h"
#include "analytics/foldprogress.h"
#include "analytics/foldtables.h"
#include "analytics/keywordcounter.h"
#include "analytics/keywordfold.h"
#include "pipeline/sqlite.h"
#include "text/textlists.h"

#include <optional>

namespace cx {

using namespace Qt::StringLiterals;

struct ComplaintImportFold::Pending
{
    bool write(sqlite::Database &db, FoldTicker *ticker)
    {
        return complaints.write(db, ticker) && (!keywords || KeywordCounter::write(db, *keywords));
    }

    ComplaintCounter::Counts complaints;
    std::optional<KeywordCounter::Counts> keywords;
    qint64 counted = 0; ///< complaints counted when they were taken out
};

ComplaintImportFold::ComplaintImportFold(sqlite::Database &db)
    : m_db(db)
{
    std::optional<TextLists> lists = TextLists::read(db, nullptr);
    if (!lists)
        return;
    m_lists = std::make_unique<TextLists>(std::move(*lists));
    m_dims = std::make_unique<DimensionIds>(db);
    if (!m_dims->isValid() || !m_dims->deferInserts())
        return;
    m_counter = std::make_unique<ComplaintCounter>(*m_dims, *m_lists);
    // Keywords behind the cells are the keyword step's: it folds them in id order.
    if (!keywordsBehind(db))
        m_keywords = std::make_unique<KeywordCounter>(*m_dims, *m_lists);
    m_valid = true;
    m_thread = std::thread([this] { run(); });
}

ComplaintImportFold::~ComplaintImportFold()
{
    stop();
}

void ComplaintImportFold::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool ComplaintImportFold::post(qint64 batchId, Work work)
{
    std::unique_lock lock(m_mutex);
    while (!m_failed && !m_stopping) {
        if (m_pending) {
            writePending(lock);
            continue;
        }
        if (m_queue.size() < maxQueued)
            break;
        m_changed.wait(lock, [this] { return m_pending || m_queue.size() < maxQueued; });
    }
    if (m_failed || m_stopping)
        return false;
    m_queue.emplace_back(batchId, std::move(work));
    m_changed.notify_all();
    return true;
}

bool ComplaintImportFold::drain()
{
    std::unique_lock lock(m_mutex);
    while (!m_failed && !m_stopping) {
        m_changed.wait(lock, [this] { return m_pending || (m_queue.empty() && !m_busy) || m_stopping; });
        if (!m_pending)
            break;
        writePending(lock);
    }
    return !m_failed;
}

// On the connection's thread. The fold thread does not touch the pending
// counts until they are gone: it takes no more out meanwhile.
bool ComplaintImportFold::writePending(std::unique_lock<std::mutex> &lock)
{
    lock.unlock();
    const bool written = m_pending->write(m_db, nullptr);
    lock.lock();
    m_failed = m_failed || !written;
    m_written = m_pending->counted;
    m_pending.reset();
    m_changed.notify_all();
    return written;
}

void ComplaintImportFold::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        auto [batchId, work] = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        m_changed.notify_all();
        lock.unlock();
        work([this, batch = batchId](qint64 id, const ComplaintFields &fields) { count(batch, id, fields); });
        lock.lock();
        m_busy = false;
        m_changed.notify_all();
    }
}

// On the fold thread.
void ComplaintImportFold::count(qint64 batchId, qint64 id, const ComplaintFields &fields)
{
    if (m_dropping)
        return;
    m_counter->add(fields);
    m_counter->addComplaintTags(id, 1);
    if (m_keywords)
        m_keywords->add(fields);
    ++m_perBatch[batchId];
    ++m_counted;
    m_lastId = id;
    if (m_counted == keywordTrialRows)
        decideKeywords();
    // Full after the same row as a fold reading the rows back: its writes
    // split the same sums, so that the tables hold the same bytes.
    if (m_counter->isFull() || (m_keywords && m_keywords->isFull())) {
        decideKeywords();
        std::unique_lock lock(m_mutex);
        // One set of counts at a time waits to be written: memory stays bounded.
        m_changed.wait(lock, [this] { return !m_pending || m_stopping; });
        if (m_pending) {
            m_dropping = true;
            return;
        }
        lock.unlock();
        // Sorted here rather than on the connection's thread, which goes on inserting meanwhile.
        std::unique_ptr<Pending> pending = takeCounts();
        lock.lock();
        m_pending = std::move(pending);
        m_changed.notify_all();
    }
}

// On the fold thread, before any keyword count is written: keywords stay
// counted only if the texts so far repeat.
void ComplaintImportFold::decideKeywords()
{
    if (m_keywordsDecided || !m_keywords)
        return;
    m_keywordsDecided = true;
    if (double(m_keywords->distinctTexts()) > keywordTextsPerRow * double(m_counted))
        m_keywords.reset();
}

// On the fold thread, or on the connection's once it has stopped.
std::unique_ptr<ComplaintImportFold::Pending> ComplaintImportFold::takeCounts()
{
    auto pending = std::make_unique<Pending>();
    pending->complaints = m_counter->takeCounts();
    if (m_keywords)
        pending->keywords = m_keywords->takeCounts();
    pending->counted = m_counted;
    return pending;
}

bool ComplaintImportFold::write(sqlite::Database &db, FoldTicker &ticker)
{
    {
        // Stopped before: work was dropped, the counts are not the import's.
        const std::lock_guard lock(m_mutex);
        if (!m_valid || m_stopping)
            return false;
    }
    if (!drain())
        return false;
    stop();
    decideKeywords();
    if (!m_dims->writeDeferred() || !ticker.advance(m_written) || !takeCounts()->write(db, &ticker)
        || !recordBatches(db, m_perBatch, u"complaints"_s))
        return false;
    return m_counted == 0
        || (setStateValue(db, u"complaint_rowid"_s, m_lastId)
            && setStateValue(db, u"complaints"_s, stateValue(db, u"complaints"_s) + m_counted)
            && (!m_keywords || setStateValue(db, keywordRowidKey, m_lastId)));
}

} // namespace cx

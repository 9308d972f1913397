#include "pipeline/rowproducer.h"

#include "import/rowfilter.h"
#include "import/valueparser.h"
#include "io/tablereader.h"
#include "pipeline/rowwriter.h"

namespace cx {

namespace {

QString rawText(const TableRow &row)
{
    QStringList cells = row.toStringList();
    while (!cells.isEmpty() && cells.constLast().isEmpty())
        cells.removeLast();
    return cells.join(u',');
}

} // namespace

RowProducer::RowProducer(TableReader &reader, RowWriter &writer, qint64 headerLine, int width, bool csv,
                         bool keepPhones)
    : m_reader(reader)
    , m_writer(writer)
    , m_headerLine(headerLine)
    , m_width(width)
    , m_csv(csv)
    , m_keepPhones(keepPhones)
    , m_total(reader.totalBytes())
{
}

RowProducer::~RowProducer()
{
    stop();
}

void RowProducer::start()
{
    m_thread = std::thread([this] { run(); });
}

void RowProducer::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

RowProducer::Batch *RowProducer::take()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_full.empty() || m_finished; });
    if (m_full.empty())
        return nullptr;
    Batch *batch = m_full.front();
    m_full.pop_front();
    return batch;
}

void RowProducer::recycle(Batch *batch)
{
    {
        const std::lock_guard lock(m_mutex);
        batch->used = 0;
        m_free.push_back(batch);
    }
    m_changed.notify_all();
}

void RowProducer::encode(const TableRow &row, EncodedRow &out)
{
    out.clear();
    out.line = row.line();
    if (row.line() < m_headerLine || isTotalRow(row)) {
        out.rejected = true;
        out.kind = row.line() < m_headerLine ? RowKind::Title : RowKind::Footer;
        return;
    }
    qsizetype lastFilled = row.size() - 1;
    while (lastFilled >= 0 && row.cell(lastFilled).trimmed().isEmpty())
        --lastFilled;
    if (lastFilled >= m_width || (m_csv && row.size() < m_width))
        out.reason = RowWriter::tr("the row has %1 columns but the header has %2").arg(row.size()).arg(m_width);
    else if (m_writer.encodeRow(row, out, &out.reason))
        return;
    out.rejected = true;
    out.raw = m_keepPhones ? rawText(row) : ValueParser::maskPhonesInText(rawText(row));
    out.kind = classifyRow(row, m_width);
}

void RowProducer::run()
{
    TableRow row;
    Batch *batch = nullptr;
    const auto publish = [this, &batch] {
        if (batch && batch->used > 0) {
            {
                const std::lock_guard lock(m_mutex);
                m_full.push_back(batch);
            }
            m_changed.notify_all();
        } else if (batch) {
            recycle(batch);
        }
        batch = nullptr;
    };

    while (m_reader.readRow(row)) {
        if (row.line() == m_headerLine)
            continue;
        if (!batch) {
            std::unique_lock lock(m_mutex);
            // Made as the reading gets ahead, up to the pool's size: a small file needs one or two.
            if (m_free.empty() && m_pool.size() < std::size_t(batchCount)) {
                m_pool.push_back(std::make_unique<Batch>());
                m_pool.back()->rows.resize(batchRows);
                m_free.push_back(m_pool.back().get());
            }
            m_changed.wait(lock, [this] { return !m_free.empty() || m_stopping; });
            if (m_stopping)
                break;
            batch = m_free.front();
            m_free.pop_front();
        }
        encode(row, batch->rows[size_t(batch->used++)]);
        if (batch->used == batchRows) {
            m_progress.store(m_reader.progressBytes(), std::memory_order_relaxed);
            publish();
        }
    }
    publish();
    m_progress.store(m_reader.progressBytes(), std::memory_order_relaxed);
    {
        const std::lock_guard lock(m_mutex);
        if (m_reader.hasError())
            m_error = m_reader.errorString();
        m_finished = true;
    }
    m_changed.notify_all();
}

} // namespace cx

#include "service/hotspotmodel.h"

#include "service/deskformat.h"

#include <cmath>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

// "网络 12, 资费 3": the first `count` names with their complaints.
QString namedCounts(const QList<NamedCount> &counts, int count)
{
    QStringList parts;
    for (const NamedCount &c : counts.mid(0, count))
        parts << u"%1 %2"_s.arg(c.name, DeskFormat::count(c.complaints));
    return parts.join(u", "_s);
}

} // namespace

QString HotspotModel::namedCountLines(const QList<NamedCount> &counts)
{
    QStringList lines;
    for (const NamedCount &c : counts)
        lines << tr("%1 (%n complaints)", nullptr, int(c.complaints)).arg(c.name);
    return lines.join(u'\n');
}

HotspotModel::HotspotModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString HotspotModel::rankingName(HotspotRanking ranking)
{
    switch (ranking) {
    case HotspotRanking::Volume:
        return tr("Complaints");
    case HotspotRanking::Increase:
        return tr("增量");
    case HotspotRanking::Per10k:
        return tr("万投比");
    }
    return {};
}

QString HotspotModel::emptyReason(HotspotRanking ranking, const DeskAnalysis &analysis, HotspotAxis axis)
{
    if (analysis.complaints == 0)
        return tr("No complaints in this scope: hotspots need complaint work orders.");
    if (ranking == HotspotRanking::Increase && analysis.previousMonth.isEmpty())
        return tr("No increase to rank: %1 has no month before it in the data.").arg(analysis.month);
    if (axis == HotspotAxis::Tag && analysis.period.tagHotspots.byVolume.isEmpty())
        return tr("No complaint of the period matched a pain-point tag rule (Tools → Word lists…).");
    if (ranking == HotspotRanking::Increase && axis == HotspotAxis::Tag)
        return tr("No pain-point tag has more complaints in %1 than in %2.").arg(analysis.month, analysis.previousMonth);
    if (ranking == HotspotRanking::Increase)
        return tr("No category has more complaints in %1 than in %2.").arg(analysis.month, analysis.previousMonth);
    if (ranking == HotspotRanking::Per10k)
        return tr("No 万投比: no subscriber figures are known for this scope.");
    return tr("No complaints in the period.");
}

const QList<Hotspot> &HotspotModel::list(const DeskAnalysis &analysis, HotspotRanking ranking, HotspotAxis axis)
{
    const Hotspots &h = axis == HotspotAxis::Tag ? analysis.period.tagHotspots : analysis.period.hotspots;
    switch (ranking) {
    case HotspotRanking::Increase:
        return h.byIncrease;
    case HotspotRanking::Per10k:
        return h.byPer10k;
    case HotspotRanking::Volume:
        break;
    }
    return h.byVolume;
}

QString HotspotModel::tagOverlapNote(const DeskAnalysis &analysis)
{
    const QString overlap = tr("A complaint may carry several pain-point tags: tag counts overlap and do not add up "
                               "to the complaints.");
    const std::optional<qint64> untagged = analysis.period.tagHotspots.untagged;
    if (!untagged)
        return overlap;
    return overlap + u' ' + tr("Complaints of the period without any tag: %1.").arg(DeskFormat::count(*untagged));
}

void HotspotModel::setHotspots(const QList<Hotspot> &hotspots, const QHash<QString, QList<qint64>> &trends,
                               const QStringList &months, int lastMonth, bool per10kEstimated, HotspotAxis axis)
{
    beginResetModel();
    m_axis = axis;
    m_hotspots = hotspots;
    m_trends = trends;
    m_months = months;
    m_lastMonth = lastMonth;
    m_per10kEstimated = per10kEstimated;
    endResetModel();
}

void HotspotModel::setLimit(int count)
{
    if (count == m_limit)
        return;
    beginResetModel();
    m_limit = count;
    endResetModel();
}

void HotspotModel::setKeywordLimit(int count)
{
    m_keywordLimit = count;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Keywords), index(rowCount() - 1, Keywords));
}

void HotspotModel::setSignificanceLevel(double level)
{
    m_significanceLevel = level;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Increase), index(rowCount() - 1, Increase));
}

const Hotspot *HotspotModel::hotspot(int row) const
{
    return row >= 0 && row < rowCount() ? &m_hotspots.at(row) : nullptr;
}

QStringList HotspotModel::trendLabels() const
{
    QStringList labels;
    for (int m = std::max(0, m_lastMonth - trendMonths + 1); m <= m_lastMonth && m < m_months.size(); ++m)
        labels << m_months.at(m);
    return labels;
}

QList<double> HotspotModel::trend(int row) const
{
    const Hotspot *h = hotspot(row);
    if (!h)
        return {};
    const QList<qint64> counts = m_trends.value(h->name());
    QList<double> values;
    for (int m = std::max(0, m_lastMonth - trendMonths + 1); m <= m_lastMonth && m < counts.size(); ++m)
        values << double(counts.at(m));
    return values;
}

int HotspotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qsizetype>(m_hotspots.size(), m_limit));
}

int HotspotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HotspotModel::data(const QModelIndex &index, int role) const
{
    const Hotspot *h = index.isValid() ? hotspot(index.row()) : nullptr;
    if (!h)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Category:
            return h->name();
        case Stage:
            return m_axis == HotspotAxis::Tag ? namedCounts(h->stages, 2) : h->stage;
        case Complaints:
            return DeskFormat::count(h->complaints);
        case Increase:
            if (m_lastMonth < 1)
                return u"—"_s;
            return DeskFormat::countChange(countValue(h->lastMonth), countValue(h->previousMonth));
        case Per10k:
            return DeskFormat::number(h->per10k, 3, DeskFormat::noSubscribers())
                + (m_per10kEstimated && std::isfinite(h->per10k) ? tr(" (est.)") : QString());
        case Keywords: {
            if (m_axis == HotspotAxis::Tag)
                return namedCounts(h->categories, m_keywordLimit);
            QStringList words;
            for (const KeywordCount &k : h->keywords.mid(0, m_keywordLimit))
                words << k.keyword;
            return words.join(u", "_s);
        }
        case Trend: {
            QStringList counts;
            for (double v : trend(index.row()))
                counts << DeskFormat::count(qint64(v));
            return counts.join(u' ');
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Increase: {
            QString text = tr("%1 in the last month, %2 in the month before")
                               .arg(DeskFormat::count(h->lastMonth, DeskFormat::noComplaintData()),
                                    DeskFormat::count(h->previousMonth, DeskFormat::noComplaintData()));
            if (std::isfinite(h->increaseP))
                text += u'\n'
                    + DeskFormat::changeTest(h->increaseP, m_significanceLevel,
                                             DeskFormat::ChangeTest::ConditionalBinomial);
            return text;
        }
        case Stage:
            if (m_axis != HotspotAxis::Tag)
                return {};
            return namedCountLines(h->stages);
        case Keywords: {
            if (m_axis == HotspotAxis::Tag)
                return namedCountLines(h->categories);
            QStringList words;
            for (const KeywordCount &k : h->keywords)
                words << tr("%1 (%n complaints)", nullptr, int(k.complaints)).arg(k.keyword);
            return words.join(u'\n');
        }
        case Trend:
            return trendLabels().join(u"  "_s);
        case Per10k:
            return m_per10kEstimated ? tr("Estimated: subscribers below city level are shared out by survey responses.")
                                     : QVariant();
        default:
            return {};
        }
    }
    if (role == SeriesRole && index.column() == Trend)
        return QVariant::fromValue(trend(index.row()));
    if (role == ValueRole) {
        switch (index.column()) {
        case Complaints:
            return double(h->complaints);
        case Increase:
            return countValue(h->increase);
        case Per10k:
            return h->per10k;
        default:
            return {};
        }
    }
    if (role == BetterRole && index.column() == Increase)
        return h->increase && *h->increase < 0;
    if (role == SignificantRole && index.column() == Increase && std::isfinite(h->increaseP))
        return h->increaseP < m_significanceLevel;
    if (role == Qt::TextAlignmentRole && (index.column() == Rank || index.column() == Complaints || index.column() == Per10k))
        return QVariant::fromValue(Qt::AlignVCenter | Qt::AlignRight);
    return {};
}

QVariant HotspotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Category:
        return m_axis == HotspotAxis::Tag ? tr("Pain-point tag") : tr("Category");
    case Stage:
        return m_axis == HotspotAxis::Tag ? tr("Stages") : tr("Stage");
    case Complaints:
        return tr("Complaints");
    case Increase:
        return tr("增量");
    case Per10k:
        return tr("万投比");
    case Keywords:
        return m_axis == HotspotAxis::Tag ? tr("Categories") : tr("Keywords");
    case Trend:
        return tr("Trend (%n months)", nullptr, trendMonths);
    default:
        return {};
    }
}

} // namespace cx

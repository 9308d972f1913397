#include "workorders/workorderpdf.h"

#include "workorders/effectchart.h"
#include "workorders/workorderexport.h"
#include "workorders/workordertext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace cx {

using namespace Qt::StringLiterals;

namespace {

const QString wenQuanYi = u"WenQuanYi Micro Hei"_s;
constexpr int resolution = 300;

const QColor ink(0x22, 0x22, 0x22);
const QColor muted(0x6B, 0x6B, 0x6B);
const QColor band(0x2F, 0x55, 0x97);
const QColor rule(0xD0, 0xD7, 0xE2);

QColor statusColor(WorkOrderStatus status)
{
    switch (status) {
    case WorkOrderStatus::Closed: return {0x1E, 0x84, 0x49};
    case WorkOrderStatus::Returned:
    case WorkOrderStatus::Reopened: return {0xC0, 0x39, 0x2B};
    case WorkOrderStatus::PendingVerification: return {0xB7, 0x79, 0x1F};
    default: break;
    }
    return {0x2F, 0x55, 0x97};
}

// Lays out one card top to bottom.
class Card
{
public:
    Card(QPainter &painter, const QRectF &page, const QString &family)
        : m_painter(painter)
        , m_page(page)
        , m_y(page.top())
        , m_text(family, 9)
        , m_label(family, 8)
        , m_title(family, 15)
    {
        m_title.setBold(true);
        m_label.setBold(true);
    }

    double y() const { return m_y; }
    const QFont &textFont() const { return m_text; }

    void header(const WorkOrder &order)
    {
        const QFontMetricsF title(m_title, m_painter.device());
        const double height = title.height() * 2.6;
        const QRectF bar(m_page.left(), m_y, m_page.width(), height);
        m_painter.fillRect(bar, band);
        m_painter.setPen(Qt::white);
        m_painter.setFont(m_title);
        const double inset = title.height() * 0.4;
        m_painter.drawText(bar.adjusted(inset, inset * 0.5, -inset, -height / 2), Qt::AlignLeft | Qt::AlignVCenter,
                           order.number);
        QFont smaller = m_title;
        smaller.setPointSizeF(11);
        m_painter.setFont(smaller);
        const QString title2 = QFontMetricsF(smaller, m_painter.device())
                                   .elidedText(order.title, Qt::ElideRight, bar.width() * 0.7);
        m_painter.drawText(bar.adjusted(inset, height / 2, -inset, -inset * 0.5), Qt::AlignLeft | Qt::AlignVCenter,
                           title2);

        // Status and effect as labelled badges (words, not only colour).
        QStringList badges{statusLabel(order.status) + u" · "_s + statusChineseName(order.status)};
        if (order.effect)
            badges << WorkOrderText::tr("Effect: %1").arg(effectLabel(*order.effect));
        const int overdue = order.overdueDays(QDate::currentDate());
        if (overdue > 0)
            badges << overdueText(overdue);
        m_painter.setFont(m_label);
        const QFontMetricsF label(m_label, m_painter.device());
        double right = bar.right() - inset;
        for (qsizetype i = badges.size() - 1; i >= 0; --i) {
            const double width = label.horizontalAdvance(badges.at(i)) + label.height();
            const QRectF badge(right - width, bar.top() + inset, width, label.height() * 1.5);
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(i == 0 ? statusColor(order.status) : QColor(0x55, 0x55, 0x55));
            m_painter.drawRoundedRect(badge, label.height() * 0.3, label.height() * 0.3);
            m_painter.setPen(Qt::white);
            m_painter.drawText(badge, Qt::AlignCenter, badges.at(i));
            right -= width + label.height() * 0.4;
        }
        m_y += height + title.height() * 0.5;
    }

    void section(const QString &title)
    {
        const QFontMetricsF label(m_label, m_painter.device());
        m_y += label.height() * 0.4;
        m_painter.setFont(m_label);
        m_painter.setPen(band);
        m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), label.height()), Qt::AlignLeft, title);
        m_y += label.height() * 1.1;
        m_painter.setPen(QPen(rule, label.height() * 0.06));
        m_painter.drawLine(QPointF(m_page.left(), m_y), QPointF(m_page.right(), m_y));
        m_y += label.height() * 0.3;
    }

    // A label and its value, the value wrapped to at most `maxLines`.
    void row(const QString &label, const QString &value, int maxLines = 3)
    {
        if (value.trimmed().isEmpty())
            return;
        const QFontMetricsF text(m_text, m_painter.device());
        const double labelWidth = m_page.width() * 0.2;
        const QRectF valueRect(m_page.left() + labelWidth, m_y, m_page.width() - labelWidth, text.height() * maxLines);
        const QRectF needed = text.boundingRect(valueRect, Qt::TextWordWrap, value);
        const double height = std::min(needed.height(), valueRect.height());
        m_painter.setFont(m_label);
        m_painter.setPen(muted);
        m_painter.drawText(QRectF(m_page.left(), m_y, labelWidth, text.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           label);
        m_painter.setFont(m_text);
        m_painter.setPen(ink);
        m_painter.save();
        m_painter.setClipRect(QRectF(valueRect.topLeft(), QSizeF(valueRect.width(), height)));
        m_painter.drawText(valueRect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, value);
        m_painter.restore();
        m_y += height + text.height() * 0.25;
    }

    QRectF take(double height)
    {
        const QRectF area(m_page.left(), m_y, m_page.width(), height);
        m_y += height;
        return area;
    }

    void footer(const QString &text)
    {
        const QFontMetricsF label(m_label, m_painter.device());
        m_painter.setFont(m_text);
        m_painter.setPen(muted);
        m_painter.drawText(QRectF(m_page.left(), m_page.bottom() - label.height(), m_page.width(), label.height()),
                           Qt::AlignRight | Qt::AlignVCenter, text);
    }

    double remaining() const { return m_page.bottom() - m_y; }

private:
    QPainter &m_painter;
    QRectF m_page;
    double m_y;
    QFont m_text;
    QFont m_label;
    QFont m_title;
};

QString metricText(const WorkOrder &order, double value)
{
    const std::optional<MetricSpec> spec = order.metricSpec();
    return spec ? formatMetricValue(spec->kind, value) : QString();
}

void drawCard(QPainter &painter, const QRectF &page, const QString &family, const WorkOrderExport &data,
              const WorkOrder &order, int index)
{
    Card card(painter, page, family);
    card.header(order);

    card.section(WorkOrderText::tr("Finding"));
    QStringList scene;
    for (const QString &part : {order.product, order.stage, order.touchpoint, order.regionText()})
        if (!part.isEmpty())
            scene << part;
    card.row(WorkOrderText::tr("Scene"), scene.join(u" · "_s));
    card.row(fieldLabel(WorkOrderField::Symptom), order.symptom);
    card.row(fieldLabel(WorkOrderField::Severity), order.severity);
    card.row(fieldLabel(WorkOrderField::Evidence), evidenceSummary(order.evidence), 2);

    card.section(WorkOrderText::tr("Effect"));
    const WorkOrderEvaluation evaluation = data.evaluations.value(order.id);
    EffectChartData chart = EffectChartData::from(order, evaluation);
    if (chart.series.isEmpty() && order.baseline.hasData())
        chart.series = {order.baseline}; // no evaluation passed in: the recorded baseline at least
    QFont chartFont = card.textFont();
    chartFont.setPointSizeF(7.5);
    paintEffectChart(painter, card.take(page.height() * 0.27), chart, chartFont);
    const QString metric = displayFieldValue(WorkOrderField::Metric, order.metric);
    card.row(fieldLabel(WorkOrderField::Metric), metric);
    card.row(WorkOrderText::tr("Baseline / current / target"),
             WorkOrderText::tr("%1 (%2, n = %3) / %4 (%5) / %6")
                 .arg(metricText(order, order.baseline.value), order.baseline.month)
                 .arg(order.baseline.n)
                 .arg(metricText(order, order.current.value), order.current.month.isEmpty() ? u"–"_s : order.current.month,
                      metricText(order, order.targetValue)),
             1);
    if (order.effect)
        card.row(WorkOrderText::tr("Effect"),
                 evaluation.effect.explanation.isEmpty() ? effectLabel(*order.effect)
                                                         : effectLabel(*order.effect) + u" — "_s + evaluation.effect.explanation);

    card.section(WorkOrderText::tr("Strategy and owner"));
    card.row(fieldLabel(WorkOrderField::RootCause), order.rootCause);
    QStringList levels;
    if (!order.experienceLevel.isEmpty())
        levels << order.experienceLevel;
    if (!order.kanoClass.isEmpty())
        levels << WorkOrderText::tr("Kano %1").arg(kanoClassLabel(order.kanoClass));
    card.row(fieldLabel(WorkOrderField::ExperienceLevel), levels.join(u" · "_s));
    card.row(fieldLabel(WorkOrderField::Strategy), order.strategy);
    card.row(fieldLabel(WorkOrderField::OwnerDepartment),
             QStringList{order.ownerDepartment, order.owner}.join(u"  "_s).trimmed());
    card.row(fieldLabel(WorkOrderField::CoDepartments), order.coDepartments.join(u"、"_s));
    const int overdue = order.overdueDays(QDate::currentDate());
    card.row(fieldLabel(WorkOrderField::DueDate),
             order.dueDate.isValid()
                 ? order.dueDate.toString(Qt::ISODate) + (overdue > 0 ? u"  ("_s + overdueText(overdue) + u')' : QString())
                 : QString());
    card.row(fieldLabel(WorkOrderField::Progress), order.progress);
    card.row(WorkOrderText::tr("Created"),
             u"%1  %2"_s.arg(order.createdBy, order.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)));

    card.section(WorkOrderText::tr("Latest changes"));
    const QList<WorkOrderHistoryEntry> history = data.history.value(order.id);
    int shown = 0;
    for (qsizetype i = history.size() - 1; i >= 0 && shown < 6 && card.remaining() > page.height() * 0.05; --i) {
        const WorkOrderHistoryEntry &entry = history.at(i);
        if (entry.action == HistoryAction::Create)
            continue;
        QString line = u"%1  %2  %3"_s.arg(entry.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), entry.who,
                                            entry.describe());
        if (!entry.reason.isEmpty())
            line += u"  (%1)"_s.arg(entry.reason);
        card.row(historySourceLabel(entry.source), line, 1);
        ++shown;
    }
    if (shown == 0)
        card.row(WorkOrderText::tr("History"), WorkOrderText::tr("No changes since it was created."), 1);

    card.footer(WorkOrderText::tr("CX Workbench · %1 · %2 of %3")
                    .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat))
                    .arg(index + 1)
                    .arg(data.orders.size()));
}

} // namespace

QString pdfFontFamily()
{
    static const QString family = [] {
        if (QFontDatabase::families().contains(wenQuanYi))
            return wenQuanYi;
        for (const QString &path : {u"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"_s,
                                    u"/usr/share/fonts/wqy-microhei/wqy-microhei.ttc"_s})
            if (QFile::exists(path) && QFontDatabase::addApplicationFont(path) >= 0)
                return wenQuanYi;
        return QGuiApplication::font().family();
    }();
    return family;
}

bool writeWorkOrdersPdf(const QString &path, const WorkOrderExport &data, QString *error)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    if (data.orders.isEmpty()) {
        if (error)
            *error = WorkOrderText::tr("Nothing to write to %1: no work orders are selected.").arg(nativePath);
        return false;
    }
    const QFileInfo target(path);
    const QString partial = target.absolutePath() + u"/."_s + target.fileName() + u".part"_s;
    bool ok = false;
    {
        QPdfWriter writer(partial);
        writer.setResolution(resolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(14, 14, 14, 12), QPageLayout::Millimeter);
        writer.setTitle(WorkOrderText::tr("Improvement work orders"));
        writer.setCreator(u"CX Workbench"_s);
        QPainter painter;
        if (painter.begin(&writer)) {
            const QRectF page = writer.pageLayout().paintRectPixels(resolution).translated(
                -writer.pageLayout().paintRectPixels(resolution).topLeft());
            const QString family = pdfFontFamily();
            for (int i = 0; i < data.orders.size(); ++i) {
                if (i > 0)
                    writer.newPage();
                drawCard(painter, page, family, data, data.orders.at(i), i);
            }
            ok = painter.end();
        }
    }
    if (ok) {
        QFile::remove(path);
        if (QFile::rename(partial, path))
            return true;
    }
    QFile::remove(partial);
    if (error)
        *error = WorkOrderText::tr("Cannot write %1.").arg(nativePath);
    return false;
}

} // namespace cx

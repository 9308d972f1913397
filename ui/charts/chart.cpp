#include "charts/chart.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

namespace cx {

using namespace Qt::StringLiterals;

Chart::Chart(QWidget *parent)
    : QWidget(parent)
{
}

QImage Chart::image(qreal scale) const
{
    QImage image((QSizeF(size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    render(painter, QRectF(QPointF(0, 0), QSizeF(size())));
    return image;
}

bool Chart::save(const QString &path, QString *error) const
{
    const QString native = QDir::toNativeSeparators(path);
    if (QFileInfo(path).suffix().compare("svg"_L1, Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size());
        generator.setViewBox(QRect(QPoint(0, 0), size()));
        generator.setTitle(windowTitle());
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error)
                *error = tr("Cannot write %1.").arg(native);
            return false;
        }
        render(painter, QRectF(QPointF(0, 0), QSizeF(size())));
        painter.end();
        if (!QFileInfo::exists(path)) {
            if (error)
                *error = tr("Cannot write %1.").arg(native);
            return false;
        }
        return true;
    }
    QImageWriter writer(path, "png");
    if (!writer.write(image())) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(native, writer.errorString());
        return false;
    }
    return true;
}

void Chart::copy() const
{
    QApplication::clipboard()->setImage(image());
}

void Chart::saveInteractive()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), QString(),
                                                tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains("svg"_L1) ? u".svg"_s : u".png"_s;
    QString error;
    if (!save(path, &error))
        QMessageBox::warning(this, tr("Save Chart"), error);
}

void Chart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save as PNG or SVG…"), this, &Chart::saveInteractive);
    menu.addAction(tr("Copy Chart"), this, &Chart::copy);
    menu.exec(event->globalPos());
}

QStringList shortMonthLabels(const QStringList &months)
{
    const bool oneYear = std::all_of(months.cbegin(), months.cend(), [&](const QString &m) { return m.left(4) == months.constFirst().left(4); });
    QStringList labels;
    for (const QString &month : months)
        labels << (oneYear ? month.mid(5) : month.mid(2));
    return labels;
}

} // namespace cx

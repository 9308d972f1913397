#include "application.h"

#include "mainwindow.h"
#include "views/lifecycleview.h"
#include "views/responsibilityview.h"
#include "views/workspaceview.h"

#include "complaints/complainttable.h"
#include "service/analysisservice.h"
#include "service/complainttablemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QScreen>
#include <QThread>
#include <QFont>
#include <QIcon>

namespace cx {

using namespace Qt::StringLiterals;

void configureApplication(QApplication &app)
{
    QApplication::setApplicationName(u"cxwb"_s);
    QApplication::setOrganizationName(u"CX Workbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(CXWB_VERSION));
    QApplication::setDesktopFileName(u"cxwb"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/cxwb.svg"_s));

    QFont font = QApplication::font();
    font.setFamilies({u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Microsoft YaHei UI"_s, u"Microsoft YaHei"_s,
                      u"PingFang SC"_s, u"WenQuanYi Micro Hei"_s});
    app.setFont(font);
}

void settle(MainWindow &window, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    do {
        QApplication::processEvents();
        window.analysisService()->waitUntilIdle(std::max(1, timeoutMs - int(clock.elapsed())));
        QApplication::processEvents();
        const QList<ComplaintTable *> tables = window.findChildren<ComplaintTable *>();
        const bool loading = std::any_of(tables.cbegin(), tables.cend(), [](const ComplaintTable *table) {
            const ComplaintTableModel *model = table->model();
            return table->isVisible() && (model->isLoading() || (model->rowCount() > 0 && !model->isLoaded(0, 0)));
        });
        // The responsibility map is laid out by Graphviz on its own thread.
        const QList<ResponsibilityView *> maps = window.findChildren<ResponsibilityView *>();
        const bool layingOut = std::any_of(maps.cbegin(), maps.cend(), [](const ResponsibilityView *map) {
            return map->isVisible() && map->isLayingOut();
        });
        // The lifecycle tiles are updated one per turn of the event loop.
        const QList<LifecycleView *> lifecycles = window.findChildren<LifecycleView *>();
        const bool updatingTiles = std::any_of(lifecycles.cbegin(), lifecycles.cend(), [](const LifecycleView *view) {
            return view->isVisible() && view->isUpdatingTiles();
        });
        if (!loading && !layingOut && !updatingTiles && !window.analysisService()->isBusy())
            return;
        QThread::msleep(5);
    } while (clock.elapsed() < timeoutMs);
}

QStringList grabViews(MainWindow &window, const QString &folder)
{
    QDir().mkpath(folder);
    QStringList written;
    // The views as they look filling the screen (xvfb-run -s "-screen 0 1366x768x24").
    window.resize(window.screen()->availableGeometry().size());
    settle(window, 120000);
    for (int i = 0; i < window.views().size(); ++i) {
        window.showView(i);
        settle(window, 60000);
        const QString name = QString::fromLatin1(window.views().at(i)->metaObject()->className()).remove(u"cx::"_s);
        const QString file = QDir(folder).filePath(u"%1-%2.png"_s.arg(i + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (window.grab().save(file))
            written << file;
    }
    return written;
}

} // namespace cx

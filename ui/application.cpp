#include "application.h"

#include "mainwindow.h"
#include "views/analysisview.h"

#include "complaints/complainttable.h"
#include "service/analysisservice.h"
#include "service/complainttablemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFont>
#include <QIcon>
#include <QScreen>
#include <QTimer>

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
    AnalysisService *service = window.analysisService();
    const QList<AnalysisView *> views = window.findChildren<AnalysisView *>();
    const QList<ComplaintTable *> tables = window.findChildren<ComplaintTable *>();
    // Woken by whatever may end the wait: the service going idle, a view showing its result
    // (its facts computed, its map laid out, its tiles drawn), a table's page arriving.
    QEventLoop wait;
    QList<QMetaObject::Connection> wakers{QObject::connect(service, &AnalysisService::busyChanged, &wait, &QEventLoop::quit)};
    for (AnalysisView *view : views)
        wakers << QObject::connect(view, &AnalysisView::resultShown, &wait, &QEventLoop::quit);
    for (ComplaintTable *table : tables)
        wakers << QObject::connect(table->model(), &ComplaintTableModel::loadingChanged, &wait, &QEventLoop::quit);
    const auto settled = [&] {
        const bool loading = std::any_of(tables.cbegin(), tables.cend(), [](const ComplaintTable *table) {
            const ComplaintTableModel *model = table->model();
            return table->isVisible() && (model->isLoading() || (model->rowCount() > 0 && !model->isLoaded(0, 0)));
        });
        // Without a current result (none yet, or the analysis failed) the service's state says it all.
        const bool drawing = service->isCurrent() && std::any_of(views.cbegin(), views.cend(), [](const AnalysisView *view) {
            return view->isVisible() && !view->isResultShown();
        });
        return !loading && !drawing && !service->isBusy();
    };
    QApplication::processEvents();
    while (!settled() && clock.elapsed() < timeoutMs) {
        // A view may show its result on a later turn without a signal here (a table's first page): look again then.
        QTimer::singleShot(std::clamp(timeoutMs - int(clock.elapsed()), 1, 250), &wait, &QEventLoop::quit);
        wait.exec();
        QApplication::processEvents();
    }
    // What the last part drawn posted (a chart's layout request) before it is grabbed.
    QApplication::sendPostedEvents();
    QApplication::processEvents();
    for (const QMetaObject::Connection &waker : std::as_const(wakers))
        QObject::disconnect(waker);
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

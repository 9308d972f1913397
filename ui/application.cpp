#include "application.h"

#include "mainwindow.h"
#include "views/workspaceview.h"

#include <QApplication>
#include <QDir>
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

QStringList grabViews(MainWindow &window, const QString &folder)
{
    QDir().mkpath(folder);
    QStringList written;
    for (int i = 0; i < window.views().size(); ++i) {
        window.showView(i);
        QApplication::processEvents();
        const QString name = QString::fromLatin1(window.views().at(i)->metaObject()->className()).remove(u"cx::"_s);
        const QString file = QDir(folder).filePath(u"%1-%2.png"_s.arg(i + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (window.grab().save(file))
            written << file;
    }
    return written;
}

} // namespace cx

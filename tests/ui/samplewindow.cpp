#include "samplewindow.h"

#include "deskfixture.h"
#include "filterbar.h"
#include "service/analysisservice.h"
#include "settings/language.h"
#include "settings/preferences.h"

#include <QApplication>
#include <QDir>
#include <QTest>

namespace cx::test {

using namespace Qt::StringLiterals;

SampleWindow::SampleWindow() = default;
SampleWindow::~SampleWindow() = default;

QString SampleWindow::open(const QString &dir, const QString &dataDir, const QString &language)
{
    const QString workspace = QDir(dir).filePath(u"sample.cxw"_s);
    const QString error = createWorkspace(workspace, sampleExports(dataDir));
    if (!error.isEmpty())
        return error;
    m_grabDir = qEnvironmentVariable("CX_GRAB_DIR", QDir(dir).filePath(u"grab"_s));
    QDir().mkpath(m_grabDir);
    configureApplication(*qApp);
    m_preferences = std::make_unique<Preferences>(QDir(dir).filePath(u"prefs.ini"_s));
    m_languages = std::make_unique<LanguageManager>();
    m_languages->apply(language);
    m_window = std::make_unique<MainWindow>(*m_preferences, *m_languages);
    m_window->resize(1366, 768);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return u"the window was never exposed"_s;
    if (!m_window->openWorkspace(workspace, false))
        return m_window->lastError();
    settle(*m_window, 120000);
    if (m_window->analysisService()->status() != AnalysisService::Status::Ready)
        return u"the analysis of the sample workspace did not finish"_s;
    return {};
}

void SampleWindow::showMonth(const QString &month)
{
    AnalysisFilter filter;
    filter.fromMonth = filter.toMonth = month;
    m_window->filterBar()->setFilter(filter);
    settle(*m_window, 60000);
}

QImage SampleWindow::grab(const QString &name)
{
    settle(*m_window, 60000);
    const QImage image = m_window->grab().toImage();
    image.save(grabPath(name + u".png"_s));
    return image;
}

QString SampleWindow::grabPath(const QString &fileName) const
{
    return QDir(m_grabDir).filePath(fileName);
}

void SampleWindow::close()
{
    m_window.reset();
}

} // namespace cx::test

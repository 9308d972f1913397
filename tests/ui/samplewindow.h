#pragma once

#include "application.h"
#include "mainwindow.h"

#include <QImage>
#include <QString>

#include <memory>

namespace cx {
class LanguageManager;
class Preferences;
} // namespace cx

namespace cx::test {

/// The desktop window as an analyst sees it (1366×768) on a workspace of the
/// sample exports, once its analysis is done.
class SampleWindow
{
public:
    SampleWindow();
    ~SampleWindow();

    /// Imports the sample exports of `dataDir` into a workspace in `dir`,
    /// opens the window on it in `language` and waits for the analysis.
    /// Empty on success, else what failed.
    QString open(const QString &dir, const QString &dataDir, const QString &language);
    void close();
    /// Sets the filter to the one month `month` (YYYY-MM) and waits for its analysis.
    void showMonth(const QString &month);
    MainWindow *window() const { return m_window.get(); }
    /// Waits until the window has settled, grabs it and saves it as
    /// `name`.png in $CX_GRAB_DIR (else in a folder grab beside the workspace).
    QImage grab(const QString &name);
    /// Where a test saves a picture or text it made: `fileName` in the folder grab() uses.
    QString grabPath(const QString &fileName) const;
    LanguageManager &languages() const { return *m_languages; }

    /// Shows the first view of type View and waits until it is up to date;
    /// nullptr without one.
    template<typename View>
    View *show()
    {
        for (int i = 0; i < m_window->views().size(); ++i) {
            if (auto *view = qobject_cast<View *>(m_window->views().at(i))) {
                m_window->showView(i);
                settle(*m_window, 60000);
                return view;
            }
        }
        return nullptr;
    }

private:
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
    QString m_grabDir;
};

} // namespace cx::test

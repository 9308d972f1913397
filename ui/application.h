#pragma once

#include <QString>

class QApplication;

namespace cx {

class MainWindow;

/// Application-wide look: names, icon, and the UI font. The font family is
/// set explicitly because without a zh locale Qt falls back to Japanese
/// glyph forms for CJK text.
void configureApplication(QApplication &app);

/// Processes events until the analysis service and every complaint table of
/// the window are done (or `timeoutMs` passed): what a grab waits for.
void settle(MainWindow &window, int timeoutMs);

/// Saves every view of the window as `<folder>/<index>-<name>.png` (for
/// looking at the app headless), each once its results are shown. Returns
/// the files written.
QStringList grabViews(MainWindow &window, const QString &folder);

} // namespace cx

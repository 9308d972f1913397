#pragma once

#include <QString>

class QApplication;

namespace cx {

class MainWindow;

/// Application-wide look: names, icon, and the UI font. The font family is
/// set explicitly because without a zh locale Qt falls back to Japanese
/// glyph forms for CJK text.
void configureApplication(QApplication &app);

/// Saves every view of the window as `<folder>/<index>-<name>.png` (for
/// looking at the app headless). Returns the files written.
QStringList grabViews(MainWindow &window, const QString &folder);

} // namespace cx

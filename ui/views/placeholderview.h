#pragma once

#include "views/workspaceview.h"

#include <functional>

class QLabel;

namespace cx {

/// A page whose feature is still to come: it says what will be there, so
/// nobody mistakes it for an empty result.
class PlaceholderView : public WorkspaceView
{
    Q_OBJECT

public:
    /// Both functions return translated text; they are called again on a
    /// language change.
    PlaceholderView(std::function<QString()> title, std::function<QString()> description, QWidget *parent = nullptr);

    QString title() const override;

protected:
    void refresh() override { }
    void retranslate() override;

private:
    std::function<QString()> m_title;
    std::function<QString()> m_description;
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace cx

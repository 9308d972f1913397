#include "workspace/workspace.h"

#include <QTest>

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"

// Chart label placement: crowded, coincident and edge points each get a
// label that overlaps no other label, no point and no fixed rectangle, and
// stays inside the plot while there is room.

#include "layout/labelplacement.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cx;

class TestLabelPlacement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noOverlaps_data();
    void noOverlaps();
    void avoidsFixedRectangles();
};

void TestLabelPlacement::noOverlaps_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<QSizeF>("size");
    QTest::newRow("spread") << QList<QPointF>{{50, 50}, {200, 80}, {120, 200}, {300, 300}} << QSizeF(80, 16);
    QList<QPointF> cluster;
    for (int i = 0; i < 8; ++i)
        cluster << QPointF(200 + (i % 3) * 6, 150 + (i / 3) * 5);
    QTest::newRow("cluster of eight") << cluster << QSizeF(110, 16);
    QTest::newRow("same point") << QList<QPointF>(6, QPointF(150, 150)) << QSizeF(90, 16);
    QTest::newRow("corners") << QList<QPointF>{{0, 0}, {400, 0}, {0, 300}, {400, 300}, {200, 0}} << QSizeF(120, 18);
    QList<QPointF> random;
    QRandomGenerator generator(7);
    for (int i = 0; i < 40; ++i)
        random << QPointF(generator.bounded(400.0), generator.bounded(300.0));
    QTest::newRow("forty random") << random << QSizeF(70, 14);
}

void TestLabelPlacement::noOverlaps()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(QSizeF, size);
    const QRectF bounds(0, 0, 400, 300);
    QList<LabelRequest> requests;
    for (const QPointF &p : points)
        requests.append({p, size});
    const QList<QRectF> rects = placeLabels(requests, bounds);
    QCOMPARE(rects.size(), points.size());
    int inside = 0;
    for (int i = 0; i < rects.size(); ++i) {
        QCOMPARE(rects.at(i).size(), size);
        inside += bounds.contains(rects.at(i)) ? 1 : 0;
        for (int j = i + 1; j < rects.size(); ++j)
            QVERIFY2(!rects.at(i).intersects(rects.at(j)), qPrintable(QStringLiteral("labels %1 and %2").arg(i).arg(j)));
        for (const QPointF &p : points)
            QVERIFY(!rects.at(i).intersects(QRectF(p - QPointF(4, 4), QSizeF(8, 8))));
    }
    // Room enough for every label of the small cases inside the plot.
    if (points.size() <= 8)
        QCOMPARE(inside, int(points.size()));
}

void TestLabelPlacement::avoidsFixedRectangles()
{
    const QRectF title(0, 0, 400, 40);
    const QList<QRectF> rects = placeLabels({{{200, 30}, {100, 16}}, {{200, 32}, {100, 16}}}, QRectF(0, 0, 400, 300), {title});
    for (const QRectF &rect : rects)
        QVERIFY(!rect.intersects(title));
    QVERIFY(!rects.at(0).intersects(rects.at(1)));
}

QTEST_GUILESS_MAIN(TestLabelPlacement)
#include "tst_labelplacement.moc"

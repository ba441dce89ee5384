// The editor's auto layout: results come back on the editor's thread, and
// only the newest request's result arrives however fast the user clicks.

#include "model/layout/layoutworker.h"
#include "synthetic/syntheticmodel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace seam;

class TestLayoutWorker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliversOnTheCallingThread()
    {
        LayoutWorker worker;
        QThread *resultThread = nullptr;
        QStringList stages;
        connect(&worker, &LayoutWorker::finished, this,
                [&](quint64, const LayoutResult &) { resultThread = QThread::currentThread(); });
        connect(&worker, &LayoutWorker::progress, this, [&](quint64, const QString &stage) { stages << stage; });
        QSignalSpy spy(&worker, &LayoutWorker::finished);
        const Model model = synthetic::layoutGraph(20);
        const quint64 id = worker.request(model, LayoutRequest {});
        QVERIFY(spy.wait(30000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<quint64>(), id);
        const auto result = spy.at(0).at(1).value<LayoutResult>();
        QVERIFY2(result.ok(), result.error.c_str());
        QCOMPARE(result.positions.size(), size_t(20));
        QCOMPARE(resultThread, QThread::currentThread());
        QCOMPARE(stages, (QStringList {QStringLiteral("started"), QStringLiteral("done")}));
    }

    void dropsStaleGenerations()
    {
        LayoutWorker worker;
        QSignalSpy spy(&worker, &LayoutWorker::finished);
        // A slow layout first (may already be running when the others arrive),
        // then two quick ones: only the last one may be delivered.
        const quint64 slow = worker.request(synthetic::layoutGraph(60), LayoutRequest {});
        const quint64 middle = worker.request(synthetic::layoutGraph(30), LayoutRequest {});
        const quint64 newest = worker.request(synthetic::layoutGraph(7), LayoutRequest {});
        QVERIFY(slow < middle && middle < newest);
        QVERIFY(spy.wait(60000));
        // The worker handles requests in order, so anything older would have been
        // delivered before the newest one: one result means the others were dropped.
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<quint64>(), newest);
        QCOMPARE(spy.at(0).at(1).value<LayoutResult>().positions.size(), size_t(7));
    }

    void dropsAResultThatWasAlreadyBeingComputed()
    {
        LayoutWorker worker;
        QSignalSpy finished(&worker, &LayoutWorker::finished);
        QSignalSpy progress(&worker, &LayoutWorker::progress);
        const quint64 running = worker.request(synthetic::layoutGraph(80), LayoutRequest {});
        QVERIFY(progress.wait(30000)); // "started": Graphviz is at work (or done) on it
        QCOMPARE(progress.at(0).at(0).value<quint64>(), running);
        const quint64 newer = worker.request(synthetic::layoutGraph(3), LayoutRequest {});
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<quint64>(), newer);
        QCOMPARE(finished.at(0).at(1).value<LayoutResult>().positions.size(), size_t(3));
    }

    void cancelDropsTheRunningRequest()
    {
        LayoutWorker worker;
        QSignalSpy spy(&worker, &LayoutWorker::finished);
        worker.request(synthetic::layoutGraph(60), LayoutRequest {});
        worker.cancel();
        // A request made after the cancel is delivered; the cancelled one never is.
        const quint64 after = worker.request(synthetic::layoutGraph(4), LayoutRequest {});
        QVERIFY(spy.wait(60000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<quint64>(), after);
    }

    void olderExplicitIdIsIgnored()
    {
        LayoutWorker worker;
        QSignalSpy spy(&worker, &LayoutWorker::finished);
        worker.requestWithId(10, synthetic::layoutGraph(5), LayoutRequest {});
        worker.requestWithId(9, synthetic::layoutGraph(6), LayoutRequest {});
        QVERIFY(spy.wait(30000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<quint64>(), quint64(10));
        // Give a wrongly delivered id 9 every chance to show up.
        QTest::qWait(300);
        QCOMPARE(spy.count(), 1);
    }

    void destroyingWhileBusyIsSafe()
    {
        auto *worker = new LayoutWorker;
        worker->request(synthetic::layoutGraph(60), LayoutRequest {});
        delete worker; // waits for Graphviz, drops the result, no crash
    }

    // Routes and layouts share the thread but not their generations: asking for routes
    // (after every move) must not drop a running auto layout's result, nor the reverse.
    void routesAndLayoutsDoNotDropEachOther()
    {
        LayoutWorker worker;
        QSignalSpy layouts(&worker, &LayoutWorker::finished);
        QSignalSpy routes(&worker, &LayoutWorker::routesFinished);
        const Model model = synthetic::serviceMesh(12, 20);
        RouteRequest request;
        for (const LayoutEntry &entry : model.layoutList())
            request.positions.push_back({entry.id, {entry.x, entry.y}});
        const quint64 layout = worker.request(model, LayoutRequest {});
        worker.requestRoutes(model, request); // superseded by the next one
        const quint64 route = worker.requestRoutes(model, request);
        QTRY_VERIFY_WITH_TIMEOUT(layouts.count() == 1 && routes.count() == 1, 60000);
        QCOMPARE(layouts.at(0).at(0).value<quint64>(), layout);
        QCOMPARE(routes.at(0).at(0).value<quint64>(), route);
        const auto routed = routes.at(0).at(1).value<LayoutResult>();
        QVERIFY2(routed.ok(), routed.error.c_str());
        QCOMPARE(routed.edges.size(), model.integrationList().size());
        QTest::qWait(200);
        QCOMPARE(routes.count(), 1); // the superseded request never arrives
    }
};

QTEST_GUILESS_MAIN(TestLayoutWorker)
#include "tst_layoutworker.moc"

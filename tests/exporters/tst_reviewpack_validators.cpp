// The HTML review pack in a real browser: headless Chromium (Debian's `chromium`, as the
// Mermaid validator uses) opens each export with every host name unresolvable and a
// network log, renders it to a screenshot and its DOM, and the log must show no request
// made by the page. A control page with one remote image proves the log catches requests.
#include "clirun.h"
#include "reviewpacktesting.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace seam::testing;

namespace {

const QString kChromium = QStringLiteral("/usr/bin/chromium");

struct BrowserRun {
    CliRun run;
    QString dom;
    QStringList pageRequests; // URLs the page itself asked the network for
    QString error;
};

// The URLs of requests started on behalf of a file:// page. Chromium's own background
// requests (updates, time) belong to no page and are not counted.
QStringList pageRequests(const QString &netLog, QString &error)
{
    QFile file(netLog);
    if (!file.open(QIODevice::ReadOnly)) {
        error = "no net log written: " + netLog;
        return {};
    }
    QJsonParseError parse;
    const QJsonDocument log = QJsonDocument::fromJson(file.readAll(), &parse);
    if (parse.error != QJsonParseError::NoError) {
        error = "net log unreadable: " + parse.errorString();
        return {};
    }
    const int startJob = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"].toInt(-1);
    if (startJob < 0) {
        error = "net log has no URL_REQUEST_START_JOB event type";
        return {};
    }
    QStringList urls;
    for (const QJsonValue &event : log["events"].toArray()) {
        const QJsonObject params = event["params"].toObject();
        if (event["type"].toInt() == startJob && params["network_isolation_key"].toString().contains("file://")
            && !params["url"].toString().startsWith("file://"))
            urls << params["url"].toString();
    }
    return urls;
}

BrowserRun openInChromium(const QString &html, const QString &workDir)
{
    BrowserRun result;
    const QString netLog = workDir + "/net-log.json";
    const QStringList common {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                              "--no-first-run", "--disable-background-networking", "--disable-component-update",
                              "--disable-sync", "--user-data-dir=" + workDir + "/profile",
                              // Every host name fails to resolve: nothing can load even if asked for.
                              "--host-resolver-rules=MAP * ~NOTFOUND"};
    const QString url = QUrl::fromLocalFile(html).toString();
    result.run
        = runProgram(kChromium, QStringList(common) << "--log-net-log=" + netLog << "--dump-dom" << url, {}, 90000);
    result.dom = result.run.out;
    if (result.run.exitCode != 0) {
        result.error = "chromium --dump-dom failed: " + result.run.describe();
        return result;
    }
    result.pageRequests = pageRequests(netLog, result.error);
    const CliRun shot = runProgram(kChromium,
                                   QStringList(common) << "--window-size=1200,1600"
                                                       << "--screenshot=" + workDir + "/page.png" << url,
                                   {}, 90000);
    if (shot.exitCode != 0 || QFileInfo(workDir + "/page.png").size() < 10000)
        result.error = "chromium --screenshot drew nothing: " + shot.describe();
    return result;
}

} // namespace

class ReviewPackValidatorsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(kChromium))
            QFAIL("chromium missing (run scripts/install-validators.sh)");
    }

    void netLogCatchesARemoteImage()
    {
        QTemporaryDir dir;
        const QString page = dir.path() + "/control.html";
        QFile file(page);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<!DOCTYPE html><html><body><p>control</p>"
                   "<img src=\"http://seam-control.invalid/image.png\"></body></html>");
        file.close();
        const BrowserRun browser = openInChromium(page, dir.path());
        QVERIFY2(browser.error.isEmpty(), qPrintable(browser.error));
        QCOMPARE(browser.pageRequests, QStringList {"http://seam-control.invalid/image.png"});
    }

    void rendersWithoutNetwork_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : exampleModels())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        QTest::newRow("reviewpack (hostile text)") << reviewPackModel();
    }
    void rendersWithoutNetwork()
    {
        QFETCH(QString, path);
        QTemporaryDir dir;
        const CliRun exported = runCli({"export", path, "--format", "html", "-o", dir.path()});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        const QString html = dir.path() + "/integration-architecture.html";
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());

        const BrowserRun browser = openInChromium(html, dir.path());
        QVERIFY2(browser.error.isEmpty(), qPrintable(browser.error));
        QVERIFY2(browser.pageRequests.isEmpty(), qPrintable("the page asked for " + browser.pageRequests.join(", ")));
        // The browser built the whole document: every section, every drawing, no script.
        QCOMPARE(browser.dom.count("<section id="), source.count("<section id="));
        QVERIFY(browser.dom.contains("<section id=\"lint-findings\">"));
        QCOMPARE(browser.dom.count("<svg"), source.count("<svg"));
        QVERIFY(source.count("<svg") >= 1);
        QVERIFY(!browser.dom.contains("<script", Qt::CaseInsensitive));
        QVERIFY(!browser.dom.contains("<iframe", Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(ReviewPackValidatorsTest)
#include "tst_reviewpack_validators.moc"

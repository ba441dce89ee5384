// The Markdown document: frozen golden files for the checkout example and for
// hostile labels, plus the properties a reviewer relies on (tables stay tables,
// empty sections are left out, lint findings are real and grouped).
#include "exporters/exporter.h"
#include "model/modelio.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QtTest>

#include "exportertesting.h"

using namespace seam;
using namespace seam::testing;

namespace {

std::string exportMarkdown(const Model &model, const std::string &sourceFile)
{
    const Exporter *exporter = findExporter("markdown");
    if (!exporter)
        qFatal("markdown exporter not registered");
    ExportOptions options;
    options.sourceFile = sourceFile;
    const ExportResult result = exporter->run(model, options);
    if (!result.ok() || result.files.size() != 1 || result.files[0].relativePath != "integration-architecture.md")
        qFatal("markdown export failed: %s", result.error.c_str());
    return result.files[0].contents;
}

// Compares with the golden file, or rewrites it when SEAM_UPDATE_GOLDEN=1.
void compareGolden(const std::string &actual, const QString &goldenPath)
{
    if (qEnvironmentVariable("SEAM_UPDATE_GOLDEN") == "1") {
        QFile out(goldenPath);
        QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(goldenPath));
        out.write(actual.data(), qint64(actual.size()));
        qInfo("updated %s", qPrintable(goldenPath));
        return;
    }
    QFile in(goldenPath);
    QVERIFY2(in.open(QIODevice::ReadOnly),
             qPrintable("missing golden file " + goldenPath + " (run with SEAM_UPDATE_GOLDEN=1 to create it)"));
    const QByteArray expected = in.readAll();
    if (expected != QByteArray::fromStdString(actual)) {
        const QStringList a = QString::fromStdString(actual).split('\n');
        const QStringList e = QString::fromUtf8(expected).split('\n');
        for (int i = 0; i < std::max(a.size(), e.size()); ++i) {
            const QString al = i < a.size() ? a[i] : "<end of file>";
            const QString el = i < e.size() ? e[i] : "<end of file>";
            if (al != el)
                QFAIL(qPrintable(QString("%1 differs at line %2:\n  expected: %3\n  actual:   %4\n"
                                         "(SEAM_UPDATE_GOLDEN=1 rewrites it after a deliberate change)")
                                     .arg(goldenPath)
                                     .arg(i + 1)
                                     .arg(el, al)));
        }
    }
}

// Cells in a GFM table row: split on pipes that are not backslash-escaped.
int cellCount(const QString &row)
{
    int pipes = 0;
    for (int i = 0; i < row.size(); ++i) {
        if (row[i] == '\\') {
            ++i;
            continue;
        }
        if (row[i] == '|')
            ++pipes;
    }
    return pipes - 1;
}

QStringList sectionHeadings(const std::string &doc)
{
    QStringList out;
    for (const QString &line : QString::fromStdString(doc).split('\n'))
        if (line.startsWith("## "))
            out << line.mid(3);
    return out;
}

} // namespace

class TestMarkdown : public QObject {
    Q_OBJECT

private slots:
    void goldenCheckout()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        compareGolden(exportMarkdown(model, "checkout.seam.yaml"),
                      kTestDir + "/golden/checkout/integration-architecture.md");
    }

    void goldenHostile()
    {
        const Model model = loadOrFail(kTestDir + "/data/hostile.seam.yaml");
        compareGolden(exportMarkdown(model, "hostile.seam.yaml"),
                      kTestDir + "/golden/hostile/integration-architecture.md");
    }

    void checkoutHasTheTemplateSections()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        const QStringList headings = sectionHeadings(exportMarkdown(model, "checkout.seam.yaml"));
        const QStringList expected {"Integration Overview",
                                    "Overview Diagram",
                                    "Synchronous Communication",
                                    "Asynchronous Communication",
                                    "Data Integration",
                                    "Error Handling",
                                    "Rate Limiting",
                                    "Circuit Breakers",
                                    "Webhooks",
                                    "Third-Party Integrations",
                                    "Security",
                                    "SLAs and Monitoring",
                                    "Flows",
                                    "Lint Findings"};
        QCOMPARE(headings, expected);
    }

    void emptySectionsAreLeftOut()
    {
        // Two services and one REST call: nothing async, no stores, no webhooks, no SLAs.
        Model model;
        model.name = "Tiny";
        Component a;
        a.id = "a";
        Component b;
        b.id = "b";
        model.components = {a, b};
        Integration call;
        call.id = "a-b";
        call.from = "a";
        call.to = "b";
        call.pattern = Pattern::Rest;
        call.timeoutMs = 100;
        model.integrations = std::vector<Integration> {call};
        const std::string doc = exportMarkdown(model, "");
        const QStringList headings = sectionHeadings(doc);
        for (const char *absent :
             {"Asynchronous Communication", "Data Integration", "Error Handling", "Rate Limiting", "Circuit Breakers",
              "Webhooks", "Third-Party Integrations", "Security", "SLAs and Monitoring", "Flows"})
            QVERIFY2(!headings.contains(absent), absent);
        QVERIFY(headings.contains("Synchronous Communication"));
        for (const char *placeholder : {"TBD", "TODO", "[", "N/A"})
            QVERIFY2(!QString::fromStdString(doc).contains(QString(placeholder) + " "), placeholder);
    }

    void syncCallOutOfAQueueIsNotAConsumer()
    {
        // Valid but unusual: a queue with a synchronous edge out of it. The event
        // catalog must list only the message consumer (this used to crash).
        const LoadResult loaded = loadModelFromString(R"(seam: 1
name: Odd queue
components:
  - { id: producer, kind: service }
  - { id: jobs, kind: queue }
  - { id: worker, kind: service }
  - { id: admin, kind: service }
integrations:
  - { id: enqueue, from: producer, to: jobs, pattern: queue, events: [{ name: job.created, version: 1 }] }
  - { id: work, from: jobs, to: worker, pattern: queue }
  - { id: peek, from: jobs, to: admin, pattern: rest, timeout_ms: 100 }
)",
                                                      "odd.seam.yaml", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        const QString doc = QString::fromStdString(exportMarkdown(*loaded.model, "odd.seam.yaml"));
        const qsizetype row = doc.indexOf("\n| `job.created` |");
        QVERIFY2(row >= 0, qPrintable(doc));
        const QString catalogRow = doc.mid(row + 1, doc.indexOf('\n', row + 1) - row - 1);
        QVERIFY2(catalogRow.contains("worker"), qPrintable(catalogRow));
        QVERIFY2(!catalogRow.contains("admin"), qPrintable(catalogRow));
    }

    void tableRowsKeepTheirColumns()
    {
        const Model model = loadOrFail(kTestDir + "/data/hostile.seam.yaml");
        const QStringList lines = QString::fromStdString(exportMarkdown(model, "hostile.seam.yaml")).split('\n');
        int header = -1, rows = 0;
        bool inFence = false;
        for (const QString &line : lines) {
            if (line.startsWith("```"))
                inFence = !inFence;
            if (inFence || !line.startsWith('|')) {
                header = -1;
                continue;
            }
            if (header < 0) {
                header = cellCount(line);
                continue;
            }
            QVERIFY2(cellCount(line) == header, qPrintable("row breaks its table: " + line));
            ++rows;
        }
        QVERIFY(rows > 30);
    }

    void hostileTextIsEscaped()
    {
        const Model model = loadOrFail(kTestDir + "/data/hostile.seam.yaml");
        const QString doc = QString::fromStdString(exportMarkdown(model, "hostile.seam.yaml"));
        QVERIFY(doc.contains("# Integration Architecture: Hostile \"labels\" \\| \\<b\\>test\\</b\\> \\#1\n"));
        QVERIFY(!doc.contains("<b>")); // would render as HTML
        QVERIFY(!doc.contains("<tags>")); // would vanish as an unknown tag
        QVERIFY(doc.contains("a\\|b (cache)"));
        QVERIFY(doc.contains("Queue → ünïcødé 🚀"));
    }

    void lintFindingsAreGroupedBySeverity()
    {
        const Model model = loadOrFail(kTestDir + "/data/hostile.seam.yaml");
        const QString doc = QString::fromStdString(exportMarkdown(model, "hostile.seam.yaml"));
        const int findings = doc.indexOf("## Lint Findings");
        QVERIFY(findings > 0);
        const QString lint = doc.mid(findings);
        const int errors = lint.indexOf("### Errors"), warnings = lint.indexOf("### Warnings"),
                  info = lint.indexOf("### Info"), suppressed = lint.indexOf("### Suppressed");
        QVERIFY(errors > 0 && errors < warnings && warnings < info && info < suppressed);
        QVERIFY(lint.mid(errors, warnings - errors).contains("`plaintext-transport` | `default-ext`"));
        QVERIFY(lint.mid(warnings, info - warnings).contains("`timeout-below-latency`"));
        QVERIFY(lint.mid(info, suppressed - info).contains("`orphan-component` | `style`"));
        QVERIFY(lint.mid(suppressed).contains("`orphan-component` | `lonely`"));
        QVERIFY(lint.mid(suppressed).contains("kept \\| for \\<later\\>")); // the reason, escaped
        QVERIFY(doc.contains("Lint found 1 error, 1 warning and 1 info finding"));
    }

    void checkoutLintsClean()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        const QString doc = QString::fromStdString(exportMarkdown(model, "checkout.seam.yaml"));
        QVERIFY(doc.contains("Lint found no anti-patterns"));
        QVERIFY(!doc.contains("### Errors"));
    }

    // The saga section: a compensation table per flow with an irreversible or compensated step,
    // the order compensations run in, and the gaps.
    void sagaSection()
    {
        const std::string boutique = exportMarkdown(loadOrFail(kExamples + "/online-boutique.seam.yaml"), "");
        const size_t sagas = boutique.find("\n## Sagas\n");
        QVERIFY2(sagas != std::string::npos, boutique.c_str());
        const std::string section = boutique.substr(sagas, boutique.find("\n## ", sagas + 1) - sagas);
        QVERIFY2(section.find("| Step | Operation / event | Irreversible | Compensated by | Compensation order |")
                     != std::string::npos,
                 section.c_str());
        QVERIFY2(section.find("| `charge` | `Charge` | yes | **none** | — |") != std::string::npos, section.c_str());
        QVERIFY2(section.find("- **Gap:** `charge` is irreversible and has no compensation, and `ship` "
                              "(`ShipOrder`) can fail after it")
                     != std::string::npos,
                 section.c_str());
        // The e-mail is irreversible too, but nothing that can fail comes after it: no gap.
        QVERIFY2(section.find("**Gap:** `confirm`") == std::string::npos, section.c_str());

        const std::string saga = exportMarkdown(loadOrFail(kTestDir + "/data/order-saga.seam.yaml"), "");
        QVERIFY2(saga.find("| `capture` | `payment.captured` (event) | yes | `payments-publish` `payment.refunded` "
                           "(event) | 1 |")
                     != std::string::npos,
                 saga.c_str());
        QVERIFY2(saga.find("No gaps:") != std::string::npos, saga.c_str());
        // Flows without irreversible or compensated steps get no saga section.
        QVERIFY(exportMarkdown(loadOrFail(kExamples + "/checkout.seam.yaml"), "").find("## Sagas")
                == std::string::npos);
    }

    // A step that runs N times counts N times in the flow's latency sum; a group its slowest branch.
    void journeyLatencyCountsRunsAndSlowestBranch()
    {
        const std::string text = "seam: 1\nname: L\ncomponents:\n"
                                 "  - {id: a, kind: service}\n"
                                 "  - {id: b, kind: service, sla: {latency_p95_ms: 10}}\n"
                                 "  - {id: c, kind: service, sla: {latency_p95_ms: 30}}\n"
                                 "  - {id: d, kind: service, sla: {latency_p95_ms: 50}}\n"
                                 "integrations:\n"
                                 "  - {id: a-b, from: a, to: b, pattern: rest}\n"
                                 "  - {id: a-c, from: a, to: c, pattern: rest}\n"
                                 "  - {id: a-d, from: a, to: d, pattern: rest}\n"
                                 "flows:\n"
                                 "  - id: f\n    driver: a\n    sla: {latency_p95_ms: 100}\n    steps:\n"
                                 "      - {integration: a-b, times: 4}\n"
                                 "      - parallel:\n"
                                 "          - steps: [a-c]\n"
                                 "          - steps: [a-d]\n";
        const LoadResult loaded = loadModelFromString(text, "l.seam.yaml", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        const std::string doc = exportMarkdown(*loaded.model, "");
        QVERIFY2(doc.find("add up to 90 ms (4 × b 10 ms + the slowest of (c 30 ms | d 50 ms)), within the budget.")
                     != std::string::npos,
                 doc.c_str());
        QVERIFY2(doc.find("| 1 | — | `a-b` | — | a → b | sync | × 4 |\n| 2 | parallel: every branch runs |")
                     != std::string::npos,
                 doc.c_str());
    }

    void derivedNumbers()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        const QString doc = QString::fromStdString(exportMarkdown(model, "checkout.seam.yaml"));
        // 99.95% of 30 days leaves 21.6 minutes; alert thresholds follow the promises.
        QVERIFY(doc.contains("| Order Service | 99.95% | 250 ms | — | 300 req/s | 21.6 min |"));
        QVERIFY(doc.contains("| Latency p95 high | Order Service | p95 latency > 250 ms |"));
        QVERIFY(doc.contains("| Near capacity | Order Service | request rate > 240 req/s (80%) |"));
        // Place order: gateway 300 + orders 250 + Stripe 400 against a 2000 ms budget.
        QVERIFY(doc.contains("add up to 950 ms"));
    }

    void overviewDiagramIsTheMermaidExport()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        const std::string doc = exportMarkdown(model, "checkout.seam.yaml");
        const ExportResult mermaid = findExporter("mermaid")->run(model, {});
        QVERIFY(mermaid.ok());
        for (const auto &file : mermaid.files)
            QVERIFY2(doc.find("```mermaid\n" + file.contents + "```\n") != std::string::npos,
                     file.relativePath.c_str());
    }

    void deterministic()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        QCOMPARE(exportMarkdown(model, "x.seam.yaml"), exportMarkdown(model, "x.seam.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestMarkdown)
#include "tst_markdown.moc"

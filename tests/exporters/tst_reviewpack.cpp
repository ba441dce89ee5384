// The review pack: `seam-cli export --format html` (one self-contained page) and
// `--format pdf` (contents, page numbers, a page per major section), on the examples
// and on a model whose every text tries to become markup (data/reviewpack.seam.yaml).
// The PDF checks read it back with poppler-utils (scripts/install-deps.sh installs them).
#include "clirun.h"
#include "exporters/exporter.h"
#include "exporters/pdfreporttables.h"
#include "reviewpacktesting.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace seam;
using namespace seam::testing;

namespace {

QString exportText(const Model &model, const QString &path, std::string_view format)
{
    const Exporter *exporter = findExporter(format);
    if (!exporter)
        return {};
    ExportOptions options;
    options.sourceFile = path.toStdString();
    const ExportResult result = exporter->run(model, options);
    if (!result.ok() || result.files.size() != 1)
        return {};
    return QString::fromStdString(result.files.front().contents);
}

QStringList markdownSections(const QString &markdown)
{
    QStringList out;
    for (const QString &line : markdown.split('\n'))
        if (line.startsWith("## "))
            out << line.mid(3);
    return out;
}

QStringList htmlSections(const QString &html)
{
    static const QRegularExpression heading(QStringLiteral("<section id=\"[^\"]*\">\\n<h2>([^<]*)</h2>"));
    QStringList out;
    for (auto it = heading.globalMatch(html); it.hasNext();) {
        QString title = it.next().captured(1);
        out << title.replace("&amp;", "&");
    }
    return out;
}

QString tool(const QString &name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        qWarning("%s is missing: run scripts/install-deps.sh (Debian package poppler-utils)", qPrintable(name));
    return path;
}

// The text of each page (pdftotext ends every page with a form feed).
QStringList pdfPages(const QString &pdf)
{
    const CliRun run = runProgram(tool("pdftotext"), {"-layout", pdf, "-"});
    if (run.exitCode != 0)
        return {};
    QStringList pages = run.out.split('\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class ReviewPackTest : public QObject {
    Q_OBJECT

private slots:
    void models_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : exampleModels())
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        QTest::newRow("reviewpack (hostile text)") << reviewPackModel();
    }

    void checkerCatchesBrokenHtml()
    {
        // The checks below mean something only if they can fail.
        QVERIFY(wellFormedProblem("<p>ok &amp; <code>fine</code></p>").isEmpty());
        QVERIFY(!wellFormedProblem("<p>a <b>b</p></b>").isEmpty());
        QVERIFY(!wellFormedProblem("<p>1 < 2</p>").isEmpty());
        QVERIFY(!wellFormedProblem("<p>fish & chips</p>").isEmpty());
        QVERIFY(!wellFormedProblem("<td class=x>").isEmpty());
        QVERIFY(!wellFormedProblem("<div><p>open</div>").isEmpty());
        QCOMPARE(referencedResources("<img src=\"https://x.test/a.png\"><a href=\"#s\">").size(), 2);
    }

    void htmlIsWellFormedAndSelfContained_data() { models_data(); }
    void htmlIsWellFormedAndSelfContained()
    {
        QFETCH(QString, path);
        const Model model = loadOrFail(path);
        const QString html = exportText(model, path, "html");
        QVERIFY(!html.isEmpty());
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        const QString problem = wellFormedProblem(html);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
        QVERIFY(!html.contains("javascript:", Qt::CaseInsensitive));
        QVERIFY2(!html.contains("url(", Qt::CaseInsensitive) && !html.contains("@import", Qt::CaseInsensitive),
                 "the style sheet loads nothing");
        for (const QString &target : referencedResources(html))
            QVERIFY2(target.startsWith('#'), qPrintable("a reference outside the page: " + target));
        // One inline drawing per diagram: the overview and one per flow.
        const qsizetype svgs = html.count("<svg");
        QCOMPARE(svgs, qsizetype(1 + model.flowList().size()));
        QCOMPARE(html.count("<figure>"), svgs);
        QCOMPARE(html.count("</svg>"), svgs);
    }

    void htmlHasTheMarkdownDocumentsSections_data() { models_data(); }
    void htmlHasTheMarkdownDocumentsSections()
    {
        QFETCH(QString, path);
        const Model model = loadOrFail(path);
        const QStringList expected = markdownSections(exportText(model, path, "markdown")) << "Specification Summary";
        const QString html = exportText(model, path, "html");
        QCOMPARE(htmlSections(html), expected);
        QVERIFY(html.contains("<section id=\"lint-findings\">"));
        // The contents link every section.
        for (const QString &title : expected)
            QVERIFY2(html.contains("\">" + title.toHtmlEscaped() + "</a></li>"), qPrintable(title));
    }

    void htmlEscapesEveryModelText()
    {
        const Model model = loadOrFail(reviewPackModel());
        const QString html = exportText(model, reviewPackModel(), "html");
        QVERIFY(!html.contains("<script", Qt::CaseInsensitive));
        QVERIFY(!html.contains("<iframe", Qt::CaseInsensitive));
        QVERIFY(!html.contains("<img", Qt::CaseInsensitive));
        QVERIFY(!html.contains("<b>"));
        // The text is there, as text: from the model's name, description, components, integrations,
        // operations, events, schemas, flows and the risk register.
        for (const char *shown :
             {"Review &lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &amp; &quot;pack&quot;",
              "&lt;script&gt;alert(&quot;description&quot;)&lt;/script&gt;",
              "&lt;img src=&quot;https://example.invalid/x.png&quot;&gt;", "Web &lt;b&gt;app&lt;/b&gt;",
              "calls &lt;script&gt;alert(&#39;integration&#39;)&lt;/script&gt;", "<code>list&lt;script&gt;</code>",
              "<code>/orders?a=1&amp;b=&lt;2&gt;</code>", "<code>order.&lt;placed&gt;</code>",
              "Place &lt;script&gt;alert(&#39;flow&#39;)&lt;/script&gt;", "Flow &amp; &lt;b&gt;description&lt;/b&gt;",
              "accepted &lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;", "ops &lt;team&gt;", "OPS-1 &amp; more"})
            QVERIFY2(html.contains(QString::fromUtf8(shown)), shown);
        // The description is two paragraphs, as in Markdown.
        QVERIFY(html.contains("<p>A second paragraph, with a [link](http://example.invalid/page) &amp; an "
                              "&lt;iframe src=&quot;http://example.invalid&quot;&gt;.</p>"));
        // The risk register and the findings with severity, rule and element.
        QVERIFY(html.contains("<section id=\"risk-register\">"));
        QVERIFY(html.contains("<td><code>orphan-component</code></td><td><code>legacy</code></td>"));
        QVERIFY(html.contains("<h3>Warnings</h3>"));
        QVERIFY(html.contains("<td><code>missing-circuit-breaker</code></td><td><code>orders-pay</code></td>"));
    }

    void htmlSummarisesTheSpecs()
    {
        const Model model = loadOrFail(kExamples + "/checkout.seam.yaml");
        const QString html = exportText(model, "checkout.seam.yaml", "html");
        const qsizetype summary = html.indexOf("<section id=\"specification-summary\">");
        QVERIFY(summary > 0);
        const QString part = html.mid(summary);
        QVERIFY(part.contains("<h3>APIs</h3>"));
        QVERIFY(part.contains("<p><strong>Order Service — REST API</strong></p>"));
        QVERIFY(part.contains("<td><code>placeOrder</code></td><td>POST <code>/orders</code></td>"
                              "<td><code>OrderRequest</code></td><td><code>Order</code></td><td>API Gateway</td>"));
        QVERIFY(part.contains("<h3>Channels</h3>"));
        QVERIFY(part.contains("<tr><td><code>order.created</code></td><td>1</td><td><code>Order</code></td>"
                              "<td><code>order_id</code></td><td>Order Service</td>"
                              "<td>Payment Service, Notification Service</td></tr>"));
        QVERIFY(part.contains("<h3>Schemas</h3>"));
    }

    void pdfTablesRunInPiecesThatLineUp()
    {
        std::string html = "<p>before</p>\n<table>\n<thead><tr><th>Id</th><th>Description</th></tr></thead>\n<tbody>\n";
        for (int r = 0; r < 95; ++r)
            html += "<tr><td><code>row-" + std::to_string(r) + "</code></td><td>a longer text that takes more room "
                + std::to_string(r) + "</td></tr>\n";
        html += "</tbody>\n</table>\n<p>after</p>\n<table>\n<thead><tr><th>A</th></tr></thead>\n<tbody>\n"
                "<tr><td>short</td></tr>\n</tbody>\n</table>\n";
        const QString out = QString::fromStdString(qtTables(html, 40));
        // 95 rows: runs of 40, 40 and 15; the short table stays one, with Qt's own widths.
        QCOMPARE(out.count("<table "), 4);
        QCOMPARE(out.count("<thead>"), 2);
        QCOMPARE(out.count("style=\"margin-top: 0\""), 2);
        // Every row, once, in order.
        qsizetype at = 0;
        for (int r = 0; r < 95; ++r) {
            const qsizetype next = out.indexOf(QStringLiteral("<code>row-%1</code>").arg(r), at);
            QVERIFY2(next > at, qPrintable(QString::number(r)));
            at = next;
        }
        QVERIFY(out.startsWith("<p>before</p>") && out.contains("<p>after</p>"));
        // The long table's runs share one set of widths: the header's and each run's first row.
        static const QRegularExpression width(QStringLiteral("<t[dh] width=\"(\\d+)%\">"));
        QStringList widths;
        for (auto it = width.globalMatch(out); it.hasNext();)
            widths << it.next().captured(1);
        QCOMPARE(widths.size(), 2 * 4); // header + 3 first rows, two columns each
        for (int i = 2; i < widths.size(); ++i)
            QCOMPARE(widths[i], widths[i % 2]);
        QVERIFY(widths[1].toInt() > widths[0].toInt()); // the description gets more room than the id
        QVERIFY(out.contains("<thead><tr><th>A</th></tr></thead>")); // the short table: Qt's own widths
    }

    void pdfHasEveryRowOfALongTable()
    {
        if (tool("pdftotext").isEmpty())
            QFAIL("poppler-utils missing: run scripts/install-deps.sh");
        // A chain of 150 services: the landscape table runs over several pages in pieces.
        QTemporaryDir out;
        QString yaml = "seam: 1\nname: long tables\ncomponents:\n";
        for (int c = 0; c <= 150; ++c)
            yaml += QStringLiteral("  - { id: svc-%1, kind: service }\n").arg(c);
        yaml += "integrations:\n";
        for (int c = 0; c < 150; ++c)
            yaml += QStringLiteral("  - { id: call-%1, from: svc-%1, to: svc-%2, pattern: rest, timeout_ms: 100 }\n")
                        .arg(c)
                        .arg(c + 1);
        QFile file(out.path() + "/long.seam.yaml");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml.toUtf8());
        file.close();
        const CliRun run = runCli({"export", file.fileName(), "--format", "pdf", "-o", out.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const QString text = pdfPages(out.path() + "/integration-architecture.pdf").join('\n');
        QVERIFY(!text.isEmpty());
        for (int c = 0; c < 150; ++c)
            QVERIFY2(text.contains(QStringLiteral("call-%1 ").arg(c)), qPrintable(QString::number(c)));
    }

    void pdfHasContentsPageNumbersAndPages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("checkout") << kExamples + "/checkout.seam.yaml";
        QTest::newRow("online-boutique") << kExamples + "/online-boutique.seam.yaml";
        QTest::newRow("reviewpack (hostile text)") << reviewPackModel();
    }
    void pdfHasContentsPageNumbersAndPages()
    {
        QFETCH(QString, path);
        if (tool("pdftotext").isEmpty() || tool("pdftoppm").isEmpty() || tool("pdfinfo").isEmpty())
            QFAIL("poppler-utils missing: run scripts/install-deps.sh");
        QTemporaryDir out;
        // Headless and with no Qt platform chosen: seam-cli must pick one that works.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove("QT_QPA_PLATFORM");
        env.remove("DISPLAY");
        env.remove("WAYLAND_DISPLAY");
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(SEAM_CLI), {"export", path, "--format", "pdf", "-o", out.path()});
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const QString pdf = out.path() + "/integration-architecture.pdf";
        QVERIFY(QFileInfo(pdf).size() > 1000);

        const CliRun info = runProgram(tool("pdfinfo"), {pdf});
        const QRegularExpressionMatch pagesLine = QRegularExpression("Pages:\\s+(\\d+)").match(info.out);
        QVERIFY2(pagesLine.hasMatch(), qPrintable(info.describe()));
        const int pages = pagesLine.captured(1).toInt();
        QVERIFY(pages > 1);

        // The contents name every section of the document, each with the page it starts on.
        const Model model = loadOrFail(path);
        const QStringList sections = markdownSections(exportText(model, path, "markdown")) << "Specification Summary";
        const QStringList text = pdfPages(pdf);
        QCOMPARE(text.size(), pages);
        const QString first = text[0];
        QVERIFY(first.contains("Contents"));
        static const QRegularExpression entry(QStringLiteral("^\\s*(\\d+)\\.\\s+(\\S.*?\\S)\\s{2,}(\\d+)\\s*$"),
                                              QRegularExpression::MultilineOption);
        QStringList titles;
        int previousPage = 1;
        for (auto it = entry.globalMatch(first); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString title = m.captured(2);
            const int page = m.captured(3).toInt();
            titles << title;
            QVERIFY2(page > previousPage && page <= pages, qPrintable(title + " on page " + m.captured(3)));
            previousPage = page;
            // The section's page opens with its heading (a section starts a page).
            const QString top = text[page - 1].trimmed();
            QVERIFY2(top.startsWith(title),
                     qPrintable(title + " is not at the top of page " + m.captured(3) + ":\n" + top.left(200)));
        }
        // pdftotext writes ligatures as single characters (fi → ﬁ): compare without them.
        const auto plain = [](QString text) { return text.replace(QChar(0xFB01), "fi").replace(QChar(0xFB02), "fl"); };
        QStringList expected;
        for (const QString &s : sections)
            expected << s;
        QStringList found;
        for (const QString &t : titles)
            found << plain(t);
        QCOMPARE(found, expected);

        // Every page carries its number.
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(text[p - 1].contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)),
                     qPrintable(QString::number(p)));

        // And every page turns into an image.
        const CliRun png = runProgram(tool("pdftoppm"), {"-r", "30", "-png", pdf, out.path() + "/page"});
        QCOMPARE(png.exitCode, 0);
        const QStringList images = QDir(out.path()).entryList({"page-*.png"}, QDir::Files);
        QCOMPARE(images.size(), pages);
        for (const QString &image : images)
            QVERIFY(QFileInfo(out.path() + "/" + image).size() > 500);
    }
};

QTEST_GUILESS_MAIN(ReviewPackTest)
#include "tst_reviewpack.moc"

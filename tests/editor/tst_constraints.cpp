// The loader and the inspector hold one set of constraints: for every numeric field of the
// format, every id and every flow, what a file may not say the editor may not write, and both
// say why in the same words.

#include "editortestutil.h"

#include "model/constraints.h"
#include "model/modelwriter.h"
#include "model/numbertext.h"
#include "views/elementeditor.h"

#include <QTest>

#include <string>

using namespace seam;

namespace {

bool isInspectorField(const limits::NumberField &field)
{
    return !field.path.starts_with("flow.") && !field.path.starts_with("lint.");
}

// A valid model with one component `a` → `b` integration `ab` (a queue with one event) in flow `f`;
// `field` set to `value` where the format puts it.
std::string modelText(const limits::NumberField *field = nullptr, const std::string &value = {})
{
    std::string component, integration, flow, top;
    if (field) {
        const std::string path(field->path), key(field->key);
        const std::string parent = path.substr(0, path.rfind('.'));
        if (path.starts_with("sla."))
            component = "    sla: {" + key + ": " + value + "}\n";
        else if (path.starts_with("flow."))
            flow = "    sla: {" + key + ": " + value + "}\n";
        else if (path.starts_with("lint."))
            top = "lint: {" + key + ": " + value + "}\n";
        else if (path == "events.version")
            integration = ""; // set on the event below
        else if (path.starts_with("rate_limit."))
            integration = "    rate_limit: {per: second" + std::string(key == "requests" ? "" : ", requests: 5") + ", "
                + key + ": " + value + "}\n";
        else if (path.find('.') == std::string::npos)
            integration = "    " + key + ": " + value + "\n";
        else { // reliability.retry.jitter → reliability: {retry: {jitter: V}}
            std::string nested = key + ": " + value;
            std::string rest = parent;
            while (rest.find('.') != std::string::npos) {
                nested = rest.substr(rest.rfind('.') + 1) + ": {" + nested + "}";
                rest = rest.substr(0, rest.rfind('.'));
            }
            integration = "    " + rest + ": {" + nested + "}\n";
        }
    }
    const std::string version = field && field->path == "events.version" ? ", version: " + value : "";
    return "seam: 1\nname: t\ncomponents:\n  - id: a\n    kind: service\n" + component
        + "  - id: b\n    kind: service\nintegrations:\n  - id: ab\n    from: a\n    to: b\n    pattern: queue\n"
        + "    events:\n      - {name: order.placed" + version + "}\n" + integration
        + "flows:\n  - id: f\n    steps: [ab]\n" + flow + top;
}

// The loader's errors for `text`, "" when it loads.
QStringList loaderErrors(const std::string &text)
{
    QStringList errors;
    for (const Diagnostic &d : loadModelFromString(text, "m.seam.yaml", FileFormat::Yaml).diagnostics)
        if (d.isError())
            errors << QString::fromStdString(d.message);
    return errors;
}

} // namespace

class TestConstraints : public QObject {
    Q_OBJECT

private slots:
    void numberFieldsHaveOneRange_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < limits::kNumberFields.size(); ++i)
            QTest::newRow(std::string(limits::kNumberFields[i].path).c_str()) << int(i);
    }

    // At the bounds both accept; past them and for a word both refuse, with one message.
    void numberFieldsHaveOneRange()
    {
        QFETCH(int, index);
        const limits::NumberField &field = limits::kNumberFields[size_t(index)];
        std::vector<std::string> good {formatNumber(field.minimum)};
        std::vector<std::string> bad {formatNumber(field.minimum - 1), "many"};
        if (field.maximum != limits::kNoMaximum) {
            good.push_back(formatNumber(field.maximum));
            bad.push_back(formatNumber(field.maximum * 2));
        }
        const bool inspected = isInspectorField(field);
        Document doc;
        auto loaded = loadModelFromString(modelText(), "m.seam.yaml", FileFormat::Yaml);
        QVERIFY2(loaded.ok(), loaded.diagnostics.empty() ? "" : loaded.diagnostics.front().toString().c_str());
        doc.setModel(*loaded.model);
        ElementEditor editor;
        editor.setDocument(&doc);
        editor.setElement(field.path.starts_with("sla.") ? QStringLiteral("component") : QStringLiteral("integration"),
                          field.path.starts_with("sla.") ? QStringLiteral("a") : QStringLiteral("ab"));
        if (field.path == "rate_limit.burst")
            QVERIFY(editor.setValue(QStringLiteral("rate_limit.requests"), QStringLiteral("5")));
        const auto write = [&](const std::string &value) {
            if (field.path == "events.version")
                return editor.setListItemField(QStringLiteral("events"), 0, QStringLiteral("version"),
                                               QString::fromStdString(value));
            return editor.setValue(QString::fromStdString(std::string(field.path)), QString::fromStdString(value));
        };
        const QString key = field.path == "events.version" ? QStringLiteral("events")
                                                           : QString::fromStdString(std::string(field.path));
        for (const std::string &value : good) {
            QVERIFY2(loaderErrors(modelText(&field, value)).isEmpty(),
                     qPrintable(loaderErrors(modelText(&field, value)).join('\n')));
            if (inspected)
                QVERIFY2(write(value), (value + ": " + editor.error(key).toStdString()).c_str());
        }
        for (const std::string &value : bad) {
            const QStringList errors = loaderErrors(modelText(&field, value));
            QVERIFY2(errors.size() == 1, (value + ": " + errors.join('\n').toStdString()).c_str());
            QVERIFY2(errors.front().startsWith("'" + QString::fromStdString(std::string(field.key)) + "' must be"),
                     qPrintable(errors.front()));
            if (!inspected)
                continue;
            QVERIFY(!write(value));
            if (field.path == "events.version") {
                // List items prefix their position ("Item 1: "); their fields are shown by key.
                QVERIFY2(editor.error(key).endsWith(errors.front()),
                         qPrintable(editor.error(key) + " vs " + errors.front()));
                continue;
            }
            // The same words, naming the label the inspector shows rather than the YAML key.
            const QString label
                = editor.data(editor.index(int(editor.keys().indexOf(key))), ElementEditor::LabelRole).toString();
            QVERIFY(!label.isEmpty());
            QString expected = errors.front();
            expected.replace(0, int(field.key.size()) + 2, label);
            QCOMPARE(editor.error(key), expected);
        }
    }

    // The inspector names the label the user sees; the loader keeps naming the YAML key.
    void inspectorMessagesNameTheLabel()
    {
        const QStringList loader = loaderErrors(modelText(&limits::kTimeout, "0"));
        QCOMPARE(loader, QStringList {QStringLiteral("'timeout_ms' must be at least 1, not 0")});
        Document doc;
        auto loaded = loadModelFromString(modelText(), "m.seam.yaml", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        doc.setModel(*loaded.model);
        ElementEditor editor;
        editor.setDocument(&doc);
        editor.setElement(QStringLiteral("integration"), QStringLiteral("ab"));
        QVERIFY(!editor.setValue(QStringLiteral("timeout_ms"), QStringLiteral("0")));
        QCOMPARE(editor.error(QStringLiteral("timeout_ms")), QStringLiteral("Timeout must be at least 1, not 0"));
        QVERIFY(!editor.setValue(QStringLiteral("reliability.retry.jitter"), QStringLiteral("lots")));
        QCOMPARE(editor.error(QStringLiteral("reliability.retry.jitter")),
                 QStringLiteral("Retry jitter must be a number (fraction of the delay), not 'lots'"));
        editor.setElement(QStringLiteral("component"), QStringLiteral("a"));
        QVERIFY(!editor.setValue(QStringLiteral("sla.availability"), QStringLiteral("101")));
        QCOMPARE(editor.error(QStringLiteral("sla.availability")),
                 QStringLiteral("Availability must be between 0 and 100, not 101"));
    }

    // A numeric row the inspector shows without a row in the table would have a range of its own.
    void everyInspectorNumberIsInTheTable()
    {
        Document doc;
        auto loaded = loadModelFromString(modelText(), "m.seam.yaml", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        doc.setModel(*loaded.model);
        ElementEditor editor;
        editor.setDocument(&doc);
        int numeric = 0;
        for (const auto &[type, id] : {std::pair {"component", "a"}, std::pair {"integration", "ab"}}) {
            editor.setElement(QString::fromLatin1(type), QString::fromLatin1(id));
            for (int row = 0; row < editor.rowCount(); ++row) {
                const QModelIndex index = editor.index(row);
                const QString rowType = editor.data(index, ElementEditor::TypeRole).toString();
                const std::string key = editor.data(index, ElementEditor::KeyRole).toString().toStdString();
                if ((rowType != "int" && rowType != "number") || key == "reliability.retry.max_attempts")
                    continue;
                ++numeric;
                const bool listed = std::any_of(limits::kNumberFields.begin(), limits::kNumberFields.end(),
                                                [&](const limits::NumberField &f) { return f.path == key; });
                QVERIFY2(listed, key.c_str());
            }
        }
        QCOMPARE(numeric,
                 int(std::count_if(limits::kNumberFields.begin(), limits::kNumberFields.end(), [](const auto &f) {
                     return isInspectorField(f) && !f.path.starts_with("events.");
                 })));
    }

    // Renaming to an id the loader refuses is refused with the loader's message.
    void idsHaveOneRule()
    {
        Document doc;
        auto loaded = loadModelFromString(modelText(), "m.seam.yaml", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        doc.setModel(*loaded.model);
        for (const std::string bad : {"Order_Service", "a--b", "9lives", "a."}) {
            std::string text = modelText();
            text.replace(text.find("id: b\n"), 6, "id: " + bad + "\n");
            const QStringList errors = loaderErrors(text);
            QVERIFY2(!errors.isEmpty(), bad.c_str());
            QCOMPARE(doc.renameComponent(QStringLiteral("b"), QString::fromStdString(bad)), errors.front());
        }
        QCOMPARE(doc.renameComponent(QStringLiteral("b"), QStringLiteral("b.2")), QString());
    }

    // An edit that breaks a flow is refused with the loader's message for the same file; one
    // that keeps it connected is applied, and the loader reads that file too.
    void flowsHaveOneContinuityCheck()
    {
        const std::string base
            = "seam: 1\nname: t\ncomponents:\n  - {id: a, kind: service}\n  - {id: b, kind: service}\n"
              "  - {id: c, kind: service}\nintegrations:\n  - {id: ab, from: a, to: b, pattern: rest}\n"
              "  - {id: bc, from: b, to: c, pattern: rest}\nflows:\n  - {id: f, steps: [ab, bc]}\n";
        auto loaded = loadModelFromString(base, "m.seam.yaml", FileFormat::Yaml);
        QVERIFY(loaded.ok());
        Document doc;
        doc.setModel(*loaded.model);
        ElementEditor editor;
        editor.setDocument(&doc);
        editor.setElement(QStringLiteral("integration"), QStringLiteral("bc"));

        std::string broken = base;
        broken.replace(broken.find("{id: bc, from: b"), 16, "{id: bc, from: a");
        const QStringList errors = loaderErrors(broken);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!editor.setValue(QStringLiteral("from"), QStringLiteral("a")));
        QCOMPARE(editor.error(QStringLiteral("from")), errors.front());
        QCOMPARE(doc.model().findIntegration("bc")->from, std::string("b"));

        std::string fine = base;
        fine.replace(fine.find("to: c"), 5, "to: a");
        QVERIFY(loaderErrors(fine).isEmpty());
        QVERIFY(editor.setValue(QStringLiteral("to"), QStringLiteral("a")));
        QCOMPARE(doc.model().findIntegration("bc")->to, std::string("a"));
    }

    // method and path are REST's, kind GraphQL's; a value the file sets is shown anyway.
    void operationFieldsFollowThePattern()
    {
        Document doc;
        doc.setModel(test::smallModel());
        ElementEditor editor;
        editor.setDocument(&doc);
        editor.setElement(QStringLiteral("integration"), QStringLiteral("web-orders"));
        const QStringList rest = editor.itemFields(QStringLiteral("operations"), {});
        QVERIFY(rest.contains("method") && rest.contains("path") && !rest.contains("kind"));
        QCOMPARE(rest.first(), QStringLiteral("name"));
        QVERIFY(editor.setValue(QStringLiteral("pattern"), QStringLiteral("graphql")));
        const QStringList graphql = editor.itemFields(QStringLiteral("operations"), {});
        QVERIFY(graphql.contains("kind") && !graphql.contains("method") && !graphql.contains("path"));
        const QStringList kept = editor.itemFields(QStringLiteral("operations"), {{QStringLiteral("path"), "/x"}});
        QVERIFY(kept.contains("path") && !kept.contains("method"));
        QCOMPARE(editor.itemFields(QStringLiteral("suppress"), {}), (QStringList {"rule", "reason"}));
    }
};

QTEST_MAIN(TestConstraints)
#include "tst_constraints.moc"

// The lint engine against the rule catalog: one case folder per rule
// (cases/<rule>/fires.seam.yaml, near.seam.yaml, expected.txt), the examples,
// and the settings that change what lint reports (suppress, lint.rules,
// thresholds).

#include "model/lint/lintcontext.h"
#include "model/lint/linter.h"
#include "model/modelio.h"
#include "synthetic/lintshapes.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace seam;

namespace {

const QString kCasesDir = QStringLiteral(SEAM_LINT_CASES_DIR);
const QString kExamplesDir = QStringLiteral(SEAM_EXAMPLES_DIR);

QString describe(const Diagnostics &diagnostics)
{
    QString out;
    for (const Diagnostic &diagnostic : diagnostics)
        out += QString::fromStdString(diagnostic.toString()) + "\n";
    return out;
}

// Loads or fails the calling test with the loader's diagnostics.
#define LOAD_MODEL(var, path)                                                                                          \
    const LoadResult var##Loaded = loadModelFromFile((path).toStdString());                                            \
    QVERIFY2(var##Loaded.ok(),                                                                                         \
             qPrintable(QString("%1 does not load:\n%2").arg(path, describe(var##Loaded.diagnostics))));               \
    const Model &var = *var##Loaded.model

#define PARSE_MODEL(var, text)                                                                                         \
    const LoadResult var##Loaded = loadModelFromString((text), "inline.seam.yaml", FileFormat::Yaml);                  \
    QVERIFY2(var##Loaded.ok(), qPrintable(describe(var##Loaded.diagnostics)));                                         \
    const Model &var = *var##Loaded.model

QString severityName(Severity severity)
{
    return QString::fromLatin1(toString(severity).data(), int(toString(severity).size()));
}

QStringList findingLines(const std::vector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines << QString("%1 %2 %3 %4")
                     .arg(
                         QString::fromStdString(finding.rule), QString::fromStdString(finding.element),
                         QString::fromLatin1(toString(finding.severity).data(), int(toString(finding.severity).size())))
                     .arg(finding.mark.line);
    return lines;
}

void replaceOnce(std::string &text, const std::string &from, const std::string &to)
{
    const size_t at = text.find(from);
    QVERIFY2(at != std::string::npos, from.c_str());
    text.replace(at, from.size(), to);
}

const Finding *findFinding(const std::vector<Finding> &findings, std::string_view rule, std::string_view element = {})
{
    for (const Finding &finding : findings)
        if (finding.rule == rule && (element.empty() || finding.element == element))
            return &finding;
    return nullptr;
}

// A small model with one finding of each kind the settings tests need:
// `legacy` is an orphan (component rule), `a-b` has no timeout (integration rule).
const char *kSettingsModel = R"(seam: 1
name: settings
components:
  - id: a
    kind: service
  - id: b
    kind: service
  - id: legacy
    kind: service
integrations:
  - id: a-b
    from: a
    to: b
    pattern: rest
    operations:
      - { name: getB, method: GET, path: /b }
)";

std::string chainModel(int length, int maxDepth)
{
    std::string yaml = "seam: 1\nname: chain\n";
    if (maxDepth >= 0)
        yaml += "lint:\n  max_sync_depth: " + std::to_string(maxDepth) + "\n";
    yaml += "components:\n";
    for (int i = 0; i <= length; ++i)
        yaml += "  - { id: c" + std::to_string(i) + ", kind: service }\n";
    yaml += "integrations:\n";
    for (int i = 0; i < length; ++i)
        yaml += "  - { id: e" + std::to_string(i) + ", from: c" + std::to_string(i) + ", to: c" + std::to_string(i + 1)
            + ", pattern: rest, timeout_ms: 100, operations: [{ name: op, method: GET }] }\n";
    return yaml;
}

} // namespace

class TestLint : public QObject {
    Q_OBJECT

private slots:
    void catalog();
    void catalogIsTheFamiliesRows();
    void ruleRowsRejectBadIds();
    void docsCountTheCatalog();
    void caseFolders_data();
    void caseFolders();
    void noStrayCaseFolders();
    void checkoutLintsClean();
    void boutiqueShowsItsJourneyGaps();
    void budgetsCountStepRuns();
    void referencedEventsKeepTheirDeclaredVersion();
    void examplesLoad_data();
    void examplesLoad();
    void suppression();
    void severityOverrides();
    void ruleOff();
    void syncDepthThreshold();
    void fanOutThreshold();
    void retryThreshold();
    void sortedBySeverityThenLine();
    void messagesNameElementsAndNumbers();
    void fingerprintIgnoresMessage();
    void longChainOf20000Hops();
    void busyTopicNamesEveryCarriedEvent();
};

void TestLint::catalog()
{
    const auto rules = ruleCatalog();
    // Every rule has its case folder and every case folder is a rule: a renamed
    // id or a rule added without cases fails here.
    const QStringList folders = QDir(kCasesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(rules.size(), size_t(folders.size()));
    for (const RuleInfo &rule : rules)
        QVERIFY2(folders.contains(QString::fromLatin1(rule.id.data(), int(rule.id.size()))), rule.id.data());
    QSet<QString> ids;
    for (const RuleInfo &rule : rules) {
        const QString id = QString::fromLatin1(rule.id.data(), int(rule.id.size()));
        QVERIFY2(!ids.contains(id), qPrintable("duplicate rule id " + id));
        ids.insert(id);
        QVERIFY(rule.defaultSeverity != Severity::Off);
        QVERIFY2(!rule.title.empty() && !rule.rationale.empty() && !rule.hint.empty() && !rule.example.empty()
                     && !rule.condition.empty() && !rule.reportedOn.empty(),
                 qPrintable(id + " lacks documentation"));
        QCOMPARE(findRule(rule.id), &rule);
    }
    QVERIFY(findRule("no-such-rule") == nullptr);
    QCOMPARE(closestRuleId("sync-chian"), std::string_view("sync-chain"));
    QCOMPARE(closestRuleId("unsigned-webhooks"), std::string_view("unsigned-webhook"));
}

void TestLint::catalogIsTheFamiliesRows()
{
    const auto rows = lintrules::ruleRows();
    const auto rules = ruleCatalog();
    QCOMPARE(rows.size(), rules.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].info.id, rules[i].id);
        QCOMPARE(rows[i].info.title, rules[i].title);
        QVERIFY(rows[i].check != nullptr);
    }
    QVERIFY(lintrules::ruleRowsError(rows) == nullptr);
    // Catalog order is docs/lint-rules.md order: `seam-cli rules` and SARIF list it.
    QCOMPARE(rules.front().id, std::string_view("sync-chain"));
    // Rules added after catalog version 1 come after its last rule, so v1 positions stay.
    const auto orphan
        = std::find_if(rules.begin(), rules.end(), [](const RuleInfo &r) { return r.id == "orphan-component"; });
    QVERIFY(orphan != rules.end());
    for (const lintrules::RuleRow &row : lintrules::resilienceRules())
        QVERIFY(std::find_if(orphan, rules.end(), [&](const RuleInfo &r) { return r.id == row.info.id; })
                != rules.end());
}

void TestLint::ruleRowsRejectBadIds()
{
    const auto real = lintrules::ruleRows();
    const auto errorWith = [&](auto change) {
        std::vector<lintrules::RuleRow> rows(real.begin(), real.end());
        change(rows);
        const char *error = lintrules::ruleRowsError(rows);
        return QString::fromLatin1(error ? error : "");
    };
    // A second family registering an id already taken (e.g. a copy-pasted row).
    QVERIFY(errorWith([](auto &rows) { rows.back().info.id = "sync-chain"; }).contains("same id"));
    QVERIFY(errorWith([](auto &rows) { rows[3].info.id = "Latency_Budget"; }).contains("character"));
    QVERIFY(errorWith([](auto &rows) { rows[3].info.id = "latency budget"; }).contains("character"));
    QVERIFY(errorWith([](auto &rows) { rows[3].info.id = ""; }).contains("empty"));
    QVERIFY(errorWith([](auto &rows) { rows[3].info.id = "latency-"; }).contains("'-'"));
    QVERIFY(errorWith([](auto &rows) { rows[3].check = nullptr; }).contains("no check"));
    QVERIFY(errorWith([](auto &rows) { rows[3].info.hint = {}; }).contains("documentation"));
    QVERIFY(errorWith([](auto &rows) { rows[3].info.defaultSeverity = Severity::Off; }).contains("severity"));
    QVERIFY(errorWith([](auto &) {}).isEmpty());
    // Ids users write are looked up, never mapped to another rule.
    QVERIFY(findRule("sync-chian") == nullptr);
    QVERIFY(findRule("") == nullptr);
}

// Prose may say how many rules there are ("lists all 22 rules"); the number
// must be the catalog's, so adding a rule fails here until the docs follow.
void TestLint::docsCountTheCatalog()
{
    QStringList files {QStringLiteral(SEAM_SOURCE_DIR "/README.md")};
    const QDir docs(QStringLiteral(SEAM_SOURCE_DIR "/docs"));
    for (const QString &name : docs.entryList({QStringLiteral("*.md")}, QDir::Files))
        files << docs.filePath(name);
    const QRegularExpression count(QStringLiteral(R"(\b(\d+) (?:lint )?rules\b)"));
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = count.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            QVERIFY2(match.captured(1).toULongLong() == ruleCatalog().size(),
                     qPrintable(path + " says \"" + match.captured(0) + "\" but the catalog has "
                                + QString::number(ruleCatalog().size()) + " rules"));
        }
    }
}

void TestLint::caseFolders_data()
{
    QTest::addColumn<QString>("rule");
    for (const RuleInfo &rule : ruleCatalog()) {
        const QString id = QString::fromLatin1(rule.id.data(), int(rule.id.size()));
        QTest::newRow(qPrintable(id)) << id;
    }
}

void TestLint::caseFolders()
{
    QFETCH(QString, rule);
    const QDir dir(kCasesDir + "/" + rule);
    for (const char *name : {"fires.seam.yaml", "near.seam.yaml", "expected.txt"})
        QVERIFY2(dir.exists(name), qPrintable(dir.filePath(name) + " is missing"));

    // fires.seam.yaml produces exactly the findings in expected.txt.
    QFile expectedFile(dir.filePath("expected.txt"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList expected;
    for (const QString &line : QString::fromUtf8(expectedFile.readAll()).split('\n')) {
        const QString trimmed = line.simplified();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            expected << trimmed;
    }
    QVERIFY2(
        std::any_of(expected.begin(), expected.end(), [&](const QString &line) { return line.startsWith(rule + " "); }),
        qPrintable("expected.txt of " + rule + " lists no finding of " + rule));

    LOAD_MODEL(fires, dir.filePath("fires.seam.yaml"));
    const LintResult fired = lint(fires);
    QStringList actual = findingLines(fired.findings);
    QVERIFY(fired.suppressed.empty());
    actual.sort();
    expected.sort();
    QCOMPARE(actual.join('\n'), expected.join('\n'));

    for (const Finding &finding : fired.findings) {
        QVERIFY2(!finding.message.empty() && !finding.hint.empty(), finding.rule.c_str());
        QVERIFY2(finding.message.find(finding.element) != std::string::npos,
                 qPrintable(QString::fromStdString("message does not name its element: " + finding.message)));
        QVERIFY(finding.mark.valid());
    }

    // One step away: the rule is silent (and no other rule fires either).
    LOAD_MODEL(near, dir.filePath("near.seam.yaml"));
    const LintResult quiet = lint(near);
    QVERIFY2(!findFinding(quiet.findings, rule.toStdString()),
             qPrintable(rule + " fires on near.seam.yaml: " + findingLines(quiet.findings).join("; ")));
    QVERIFY2(quiet.findings.empty(),
             qPrintable("near.seam.yaml is not clean: " + findingLines(quiet.findings).join("; ")));
}

void TestLint::noStrayCaseFolders()
{
    // A folder for a rule that does not exist (a typo) would never run.
    const QStringList folders = QDir(kCasesDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), int(ruleCatalog().size()));
    for (const QString &folder : folders)
        QVERIFY2(findRule(folder.toStdString()), qPrintable("cases/" + folder + " names no rule"));
}

void TestLint::checkoutLintsClean()
{
    LOAD_MODEL(checkout, kExamplesDir + "/checkout.seam.yaml");
    const LintResult result = lint(checkout);
    QVERIFY2(result.findings.empty(), qPrintable(findingLines(result.findings).join("\n")));
    QVERIFY(result.suppressed.empty());
}

// The real checkout (issue 12): the charge that nothing undoes before shipping, and one product
// lookup and one conversion per cart line.
void TestLint::boutiqueShowsItsJourneyGaps()
{
    LOAD_MODEL(boutique, kExamplesDir + "/online-boutique.seam.yaml");
    const LintResult result = lint(boutique);
    const Finding *saga = findFinding(result.findings, "saga-without-compensation");
    QVERIFY2(saga, qPrintable(findingLines(result.findings).join("\n")));
    QCOMPARE(saga->element, std::string("checkout-payment"));
    QCOMPARE(saga->message,
             std::string("flow 'place-order': step 'charge' (checkout-payment: Charge) is irreversible and has no "
                         "compensation, and step 'ship' (checkout-shipping: ShipOrder) can fail after it: the journey "
                         "stops with 'charge' done and nothing undoes it"));
    QCOMPARE(std::count_if(result.findings.begin(), result.findings.end(),
                           [](const Finding &f) { return f.rule == "saga-without-compensation"; }),
             1L);
    QStringList multiplied;
    for (const Finding &finding : result.findings)
        if (finding.rule == "call-multiplicity")
            multiplied << QString::fromStdString(finding.message);
    QCOMPARE(multiplied,
             QStringList({"flow 'place-order': step 'get-products' (checkout-catalog: GetProduct) calls "
                          "checkout-catalog 3 times per journey: latency and load on catalog grow with it",
                          "flow 'place-order': step 'convert-prices' (checkout-currency: Convert) calls "
                          "checkout-currency 3 times per journey: latency and load on currency grow with it"}));
}

// latency-budget and availability-budget count a callee that a flow step calls N times N times.
void TestLint::budgetsCountStepRuns()
{
    const std::string base = "seam: 1\nname: runs\ncomponents:\n"
                             "  - {id: a, kind: service, sla: {latency_p95_ms: 100, availability: 99.5}}\n"
                             "  - {id: b, kind: service, sla: {latency_p95_ms: 30, availability: 99.9}}\n"
                             "integrations:\n"
                             "  - {id: a-b, from: a, to: b, pattern: rest, timeout_ms: 200, operations: [{name: op}]}\n"
                             "flows:\n  - id: f\n    driver: a\n    steps:\n";
    const auto findings = [&](const std::string &step) {
        const LoadResult loaded = loadModelFromString(base + step, "runs.seam.yaml", FileFormat::Yaml);
        return loaded.ok() ? lint(*loaded.model).findings : std::vector<Finding> {};
    };
    // Three calls fit the promises: 90 ms, 99.9%^3 = 99.7%.
    auto found = findings("      - {integration: a-b, times: 3}\n");
    QVERIFY(!findFinding(found, "latency-budget") && !findFinding(found, "availability-budget"));
    // Six do not: 180 ms, 99.9%^6 = 99.4%.
    found = findings("      - {integration: a-b, times: 6}\n");
    const Finding *latency = findFinding(found, "latency-budget", "a");
    QVERIFY2(latency, qPrintable(findingLines(found).join("\n")));
    QCOMPARE(latency->message,
             std::string("a promises p95 100 ms but its synchronous callees add up to 180 ms: b 6 × 30 ms"));
    const Finding *availability = findFinding(found, "availability-budget", "a");
    QVERIFY(availability);
    QCOMPARE(availability->message,
             std::string("a promises 99.5% availability but its synchronous callees without "
                         "fallback multiply to 99.401%: b 99.9%^6"));
}

// An event named by reference carries the version its channel declares (contracts.h): the
// contracts example's consumers once got unversioned-event for events declared with a version.
void TestLint::referencedEventsKeepTheirDeclaredVersion()
{
    LOAD_MODEL(model, QDir(kExamplesDir).filePath("contracts.seam.yaml"));
    const LintResult result = lint(model);
    QVERIFY2(!findFinding(result.findings, "unversioned-event", "invoicing-consume"),
             qPrintable(findingLines(result.findings).join("; ")));
    QVERIFY(model.findIntegration("invoicing-consume")->events->front().reference);
}

void TestLint::examplesLoad_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(kExamplesDir);
    const QStringList files = dir.entryList({"*.seam.yaml", "*.seam.json"}, QDir::Files, QDir::Name);
    QVERIFY2(files.contains("checkout.seam.yaml"), qPrintable("no examples in " + kExamplesDir));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestLint::examplesLoad()
{
    QFETCH(QString, path);
    LOAD_MODEL(model, path);
    QVERIFY(!model.components.empty());
    const LintResult result = lint(model); // must not crash; every finding on a real element
    for (const Finding &finding : result.findings)
        QVERIFY(model.findComponent(finding.element) || model.findIntegration(finding.element));
}

void TestLint::suppression()
{
    std::string yaml = kSettingsModel;
    // Component rule suppressed on the component; integration rule on the integration.
    replaceOnce(yaml, "  - id: legacy\n    kind: service\n",
                "  - id: legacy\n    kind: service\n    suppress:\n      - { rule: orphan-component, reason: "
                "\"decommissioned in Q3\" }\n");
    yaml += "    suppress:\n      - { rule: missing-timeout, reason: \"client default of 5 s applies\" }\n";
    PARSE_MODEL(model, yaml);
    const LintResult result = lint(model);
    QVERIFY2(result.findings.empty(), qPrintable(findingLines(result.findings).join("; ")));
    QCOMPARE(result.suppressed.size(), size_t(2));
    const Finding *orphan = findFinding(result.suppressed, "orphan-component", "legacy");
    QVERIFY(orphan);
    QCOMPARE(orphan->suppressionReason, std::string("decommissioned in Q3"));
    const Finding *timeout = findFinding(result.suppressed, "missing-timeout", "a-b");
    QVERIFY(timeout);
    QCOMPARE(timeout->suppressionReason, std::string("client default of 5 s applies"));
    QCOMPARE(result.count(Severity::Info) + result.count(Severity::Warning), size_t(0));

    // A suppression on another element, or of another rule, silences nothing.
    std::string elsewhere = kSettingsModel;
    replaceOnce(elsewhere, "  - id: a\n    kind: service\n",
                "  - id: a\n    kind: service\n    suppress:\n      - { rule: orphan-component, reason: x }\n"
                "      - { rule: missing-timeout, reason: y }\n");
    PARSE_MODEL(other, elsewhere);
    const LintResult unsuppressed = lint(other);
    QVERIFY(findFinding(unsuppressed.findings, "orphan-component", "legacy"));
    QVERIFY(findFinding(unsuppressed.findings, "missing-timeout", "a-b"));
    QVERIFY(unsuppressed.suppressed.empty());
}

void TestLint::severityOverrides()
{
    PARSE_MODEL(model,
                std::string(kSettingsModel)
                    + "lint:\n  rules:\n    orphan-component: error\n    missing-timeout: info\n");
    const LintResult result = lint(model);
    const Finding *orphan = findFinding(result.findings, "orphan-component");
    const Finding *timeout = findFinding(result.findings, "missing-timeout");
    QVERIFY(orphan && timeout);
    QCOMPARE(severityName(orphan->severity), QString("error"));
    QCOMPARE(severityName(timeout->severity), QString("info"));
    QCOMPARE(result.count(Severity::Error), size_t(1));
    QCOMPARE(result.findings.front().rule, std::string("orphan-component")); // errors sort first

    PARSE_MODEL(plain, kSettingsModel);
    const LintResult defaults = lint(plain);
    QCOMPARE(severityName(findFinding(defaults.findings, "orphan-component")->severity), QString("info"));
    QCOMPARE(severityName(findFinding(defaults.findings, "missing-timeout")->severity), QString("warning"));
}

void TestLint::ruleOff()
{
    PARSE_MODEL(model, std::string(kSettingsModel) + "lint:\n  rules:\n    orphan-component: off\n");
    const LintResult result = lint(model);
    QVERIFY(!findFinding(result.findings, "orphan-component"));
    QVERIFY(!findFinding(result.suppressed, "orphan-component")); // off is not "accepted": it is gone
    QVERIFY(findFinding(result.findings, "missing-timeout"));
}

void TestLint::syncDepthThreshold()
{
    {
        PARSE_MODEL(model, chainModel(4, -1)); // default 3: 4 hops fire
        const LintResult result = lint(model);
        const Finding *chain = findFinding(result.findings, "sync-chain");
        QVERIFY(chain);
        QCOMPARE(chain->element, std::string("c0"));
        QVERIFY2(chain->message.find("4 hops") != std::string::npos, chain->message.c_str());
        QVERIFY2(chain->message.find("c0 → c1 → c2 → c3 → c4") != std::string::npos, chain->message.c_str());
        QCOMPARE(chain->related, (std::vector<std::string> {"c1", "c2", "c3", "c4"}));
    }
    {
        PARSE_MODEL(model, chainModel(4, 4));
        QVERIFY(!findFinding(lint(model).findings, "sync-chain"));
    }
    {
        PARSE_MODEL(model, chainModel(3, 2));
        QVERIFY(findFinding(lint(model).findings, "sync-chain", "c0"));
    }
    {
        // A data store at the end of the chain is not a hop.
        std::string yaml = chainModel(3, -1);
        replaceOnce(yaml, "components:\n", "components:\n  - { id: store, kind: database }\n");
        yaml += "  - { id: e-store, from: c3, to: store, pattern: database, timeout_ms: 100 }\n";
        PARSE_MODEL(model, yaml);
        QVERIFY(!findFinding(lint(model).findings, "sync-chain"));
    }
}

void TestLint::fanOutThreshold()
{
    const QString fires = kCasesDir + "/sync-fan-out/fires.seam.yaml";
    QFile file(fires);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::string yaml = file.readAll().toStdString();
    {
        PARSE_MODEL(model, yaml + "lint:\n  max_sync_fan_out: 6\n");
        QVERIFY(!findFinding(lint(model).findings, "sync-fan-out"));
    }
    {
        PARSE_MODEL(model, yaml + "lint:\n  max_sync_fan_out: 2\n");
        const LintResult result = lint(model);
        const Finding *fanOut = findFinding(result.findings, "sync-fan-out", "hub");
        QVERIFY(fanOut);
        QVERIFY2(fanOut->message.find("6 outgoing") != std::string::npos, fanOut->message.c_str());
        QVERIFY2(fanOut->message.find("max_sync_fan_out 2") != std::string::npos, fanOut->message.c_str());
    }
}

void TestLint::retryThreshold()
{
    QFile file(kCasesDir + "/unbounded-retries/near.seam.yaml"); // attempts 10, 3, 5
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::string yaml = file.readAll().toStdString();
    PARSE_MODEL(model, yaml + "lint:\n  max_retry_attempts: 4\n");
    const LintResult result = lint(model);
    QVERIFY(findFinding(result.findings, "unbounded-retries", "a-b")); // 10 > 4
    QVERIFY(!findFinding(result.findings, "unbounded-retries", "a-c")); // 3
    QVERIFY(findFinding(result.findings, "unbounded-retries", "a-d")); // 5 > 4
}

void TestLint::sortedBySeverityThenLine()
{
    // legacy (info) comes first in the file, the webhook (error) last.
    PARSE_MODEL(model,
                std::string(kSettingsModel)
                    + "  - { id: a-b-again, from: a, to: b, pattern: rest, operations: [{ name: op, method: GET }] }\n"
                      "  - { id: b-a-hook, from: b, to: a, pattern: webhook, timeout_ms: 10, "
                      "events: [{ name: x.done, version: 1 }] }\n");
    const LintResult result = lint(model);
    QCOMPARE(findingLines(result.findings).join(" | "),
             QString("unsigned-webhook b-a-hook error 18 | missing-timeout a-b warning 11 | "
                     "missing-timeout a-b-again warning 17 | orphan-component legacy info 8"));
}

void TestLint::messagesNameElementsAndNumbers()
{
    LOAD_MODEL(model, kCasesDir + "/latency-budget/fires.seam.yaml");
    const LintResult result = lint(model);
    const Finding *budget = findFinding(result.findings, "latency-budget");
    QVERIFY(budget);
    QCOMPARE(budget->message,
             std::string("orders promises p95 100 ms but its synchronous callees add up to 110 ms: inventory 60 ms "
                         "and pricing 50 ms"));
    QCOMPARE(budget->related, (std::vector<std::string> {"inventory", "pricing"}));
    QCOMPARE(budget->mark.line, model.findComponent("orders")->mark.line);
}

void TestLint::fingerprintIgnoresMessage()
{
    Finding a {"sync-chain", Severity::Warning, "one message", "web", {"b", "a"}, {}, "", ""};
    Finding b {"sync-chain", Severity::Error, "another message", "web", {"a", "b"}, {}, "", ""};
    QCOMPARE(findingFingerprint(a), findingFingerprint(b));
    Finding c = a;
    c.related.push_back("c");
    QVERIFY(findingFingerprint(a) != findingFingerprint(c));
    Finding d = a;
    d.element = "webx";
    QVERIFY(findingFingerprint(a) != findingFingerprint(d));
    QCOMPARE(findingFingerprint(a).size(), size_t(16));
}

void TestLint::longChainOf20000Hops()
{
    // 20,000 components in one synchronous chain, a cycle at the far end: found
    // without overflowing the stack (lint_bench measures how long it takes).
    const Model model = synthetic::longSyncChain(20000);
    const LintResult result = lint(model);
    const Finding *chain = findFinding(result.findings, "sync-chain", "c0");
    QVERIFY(chain);
    // The cycle c19998 ⇄ c19999 counts as one stop: 19,998 hops.
    QVERIFY2(chain->message.find("chain of 19998 hops") != std::string::npos, chain->message.substr(0, 120).c_str());
    const Finding *cycle = findFinding(result.findings, "sync-cycle");
    QVERIFY(cycle);
    QCOMPARE(cycle->element, std::string("c19998"));
}

void TestLint::busyTopicNamesEveryCarriedEvent()
{
    // 3,000 producers of critical events into one topic, 3,000 consumers
    // without idempotency: each consumer carries every producer's events
    // (lint_bench measures that this stays linear).
    const int n = 3000;
    const LintResult result = lint(synthetic::busyTopic(n));
    QCOMPARE(result.count(Severity::Error), size_t(n)); // one missing-idempotency per consumer
    const Finding *first = findFinding(result.findings, "missing-idempotency", "consume0");
    QVERIFY(first);
    QCOMPARE(first->message,
             std::string("consume0 may deliver twice (at-least-once delivery) and carries critical e0, e1, "
                         "e2, e3, e4 and 2995 more, but its idempotency is none"));
}

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"

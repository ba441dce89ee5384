// Findings grouped by root cause (issue 12) and the finding lifecycle (issue 15):
// the engine side. The CLI side (text, Markdown, JSON, SARIF, --accept) is in
// tst_lintcli.cpp.

#include "model/lint/linter.h"
#include "model/modelio.h"

#include <QtTest>

#include <algorithm>
#include <map>

using namespace seam;

namespace {

const QString kDataDir = QStringLiteral(SEAM_LINT_DATA_DIR);

QString describe(const Diagnostics &diagnostics)
{
    QString out;
    for (const Diagnostic &diagnostic : diagnostics)
        out += QString::fromStdString(diagnostic.toString()) + "\n";
    return out;
}

#define PARSE_MODEL(var, text)                                                                                         \
    const LoadResult var##Loaded = loadModelFromString((text), "inline.seam.yaml", FileFormat::Yaml);                  \
    QVERIFY2(var##Loaded.ok(), qPrintable(describe(var##Loaded.diagnostics)));                                         \
    const Model &var = *var##Loaded.model

void replaceOnce(std::string &text, const std::string &from, const std::string &to)
{
    const size_t at = text.find(from);
    QVERIFY2(at != std::string::npos, from.c_str());
    text.replace(at, from.size(), to);
}

const Finding *findFinding(const std::vector<Finding> &findings, std::string_view rule, std::string_view element)
{
    for (const Finding &finding : findings)
        if (finding.rule == rule && finding.element == element)
            return &finding;
    return nullptr;
}

std::string readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().toStdString() : std::string();
}

// a calls b across the dmz/internal boundary without auth: one finding of
// unauthenticated-integration on a-b, which the tests accept in different ways.
const char *kAccepted = R"(seam: 1
name: accepted
components:
  - { id: a, kind: gateway, zone: dmz }
  - { id: b, kind: service }
  - { id: c, kind: service }
integrations:
  - id: a-b
    from: a
    to: b
    pattern: rest
    timeout_ms: 500
    operations: [{ name: getB, method: GET }]
    suppress:
      - rule: unauthenticated-integration
        reason: the mesh adds mTLS at deploy time
        owner: platform
        ticket: SEC-9
        expires: 2026-06-30
  - id: b-c
    from: b
    to: c
    pattern: rest
    timeout_ms: 200
    operations: [{ name: getC, method: GET }]
)";

} // namespace

class TestFindings : public QObject {
    Q_OBJECT

private slots:
    void groupingTableNamesCatalogRules();
    void oneMissingMtlsIsOneCause();
    void producerAndConsumersShareTheUnversionedEvent();
    void groupingKeepsEveryFinding();
    void lintCaseModelsStayUngroupedWhereCausesDiffer();
    void expiryBringsTheFindingBack();
    void badExpiryIsALoadError_data();
    void badExpiryIsALoadError();
    void lifecycleFieldsRoundTrip();
    void reviewFingerprintFollowsTheElement();
    void trackingFingerprintIgnoresUnrelatedChanges();
};

void TestFindings::groupingTableNamesCatalogRules()
{
    // The rules the grouping table names exist (a typo would silently not group).
    int grouped = 0;
    for (const RuleInfo &rule : ruleCatalog())
        grouped += groupedBy(rule.id).empty() ? 0 : 1;
    QCOMPARE(grouped, 6);
    for (const char *id : {"unauthenticated-integration", "plaintext-transport", "missing-rate-limit",
                           "unsigned-webhook", "unversioned-event", "event-without-producer"})
        QVERIFY2(findRule(id) && !groupedBy(id).empty(), id);
    QVERIFY(groupedBy("sync-chain").empty());
}

void TestFindings::oneMissingMtlsIsOneCause()
{
    const LoadResult loaded = loadModelFromFile((kDataDir + "/edge-without-mtls.seam.yaml").toStdString());
    QVERIFY2(loaded.ok(), qPrintable(describe(loaded.diagnostics)));
    const LintResult result = lint(*loaded.model);
    const auto groups = groupFindings(result.findings);

    // The ten unauthenticated calls from the dmz edge inward are one group; the
    // two from internal accounts to third parties are another cause.
    std::map<std::string, const FindingGroup *> byLabel;
    for (const FindingGroup &group : groups)
        if (group.rule == "unauthenticated-integration")
            byLabel[group.causeLabel] = &group;
    QCOMPARE(byLabel.size(), size_t(2));
    const FindingGroup *inward = byLabel["from zone dmz to zone internal"];
    QVERIFY(inward);
    QCOMPARE(inward->members.size(), size_t(10));
    for (const size_t member : inward->members)
        QVERIFY(result.findings[member].element.starts_with("edge-"));
    const FindingGroup *outward = byLabel["from zone internal to zone third-party"];
    QVERIFY(outward);
    QCOMPARE(outward->members.size(), size_t(2));
    QVERIFY(inward->id != outward->id);
    QCOMPARE(groupHeadline(*inward),
             std::string("10 findings, one cause: Unauthenticated call across a trust boundary, "
                         "from zone dmz to zone internal"));
    // The edge's one mTLS call is not among them.
    QVERIFY(!findFinding(result.findings, "unauthenticated-integration", "edge-audit-ok"));
}

void TestFindings::producerAndConsumersShareTheUnversionedEvent()
{
    const LoadResult loaded = loadModelFromFile((kDataDir + "/edge-without-mtls.seam.yaml").toStdString());
    QVERIFY(loaded.ok());
    const LintResult result = lint(*loaded.model);
    const auto groups = groupFindings(result.findings);
    const auto it = std::find_if(groups.begin(), groups.end(),
                                 [](const FindingGroup &group) { return group.rule == "unversioned-event"; });
    QVERIFY(it != groups.end());
    QCOMPARE(it->members.size(), size_t(4)); // checkout-orders and its three consumers
    QCOMPARE(it->causeLabel, std::string("event order.placed without a version"));
    QCOMPARE(std::count_if(groups.begin(), groups.end(),
                           [](const FindingGroup &group) { return group.rule == "unversioned-event"; }),
             1L);
}

void TestFindings::groupingKeepsEveryFinding()
{
    const LoadResult loaded = loadModelFromFile((kDataDir + "/edge-without-mtls.seam.yaml").toStdString());
    QVERIFY(loaded.ok());
    const LintResult result = lint(*loaded.model);
    const auto groups = groupFindings(result.findings);
    std::vector<int> seen(result.findings.size(), 0);
    for (const FindingGroup &group : groups) {
        QVERIFY(!group.members.empty());
        for (const size_t member : group.members) {
            ++seen[member];
            QCOMPARE(result.findings[member].rule, group.rule);
        }
        // Display order: a group sits where its first member would.
        QVERIFY(std::is_sorted(group.members.begin(), group.members.end()));
    }
    QVERIFY(std::all_of(seen.begin(), seen.end(), [](int n) { return n == 1; }));
    QVERIFY(groups.size() < result.findings.size());
    const auto ids = groupIds(result.findings, groups);
    QCOMPARE(ids.size(), result.findings.size());
    QVERIFY(std::none_of(ids.begin(), ids.end(), [](const std::string &id) { return id.empty(); }));
}

void TestFindings::lintCaseModelsStayUngroupedWhereCausesDiffer()
{
    // Two findings of one grouping rule with different causes stay apart, and a
    // rule without a cause never groups, even on one element kind.
    PARSE_MODEL(model, std::string(R"(seam: 1
name: apart
components:
  - { id: web, kind: client }
  - { id: gw, kind: gateway, zone: dmz }
  - { id: svc, kind: service }
integrations:
  - { id: web-gw, from: web, to: gw, pattern: rest, timeout_ms: 1, operations: [{name: a, method: GET}] }
  - { id: gw-svc, from: gw, to: svc, pattern: rest, timeout_ms: 1, operations: [{name: a, method: GET}] }
)"));
    const LintResult result = lint(model);
    const auto groups = groupFindings(result.findings);
    for (const FindingGroup &group : groups)
        QVERIFY2(!group.grouped(), group.causeLabel.c_str());
    QVERIFY(findFinding(result.findings, "unauthenticated-integration", "web-gw"));
    QVERIFY(findFinding(result.findings, "unauthenticated-integration", "gw-svc"));
}

void TestFindings::expiryBringsTheFindingBack()
{
    PARSE_MODEL(model, std::string(kAccepted));
    // Up to and including the expiry day the acceptance holds.
    for (const char *day : {"2026-01-01", "2026-06-30"}) {
        const LintResult result = lint(model, LintOptions {day});
        QVERIFY2(!findFinding(result.findings, "unauthenticated-integration", "a-b"), day);
        const Finding *accepted = findFinding(result.suppressed, "unauthenticated-integration", "a-b");
        QVERIFY(accepted);
        QCOMPARE(accepted->suppressionReason, std::string("the mesh adds mTLS at deploy time"));
        QVERIFY(accepted->acceptance && accepted->acceptance->owner == std::optional<std::string>("platform"));
        QVERIFY(!accepted->acceptanceExpired);
    }
    const LintResult later = lint(model, LintOptions {"2026-07-01"});
    QVERIFY(!findFinding(later.suppressed, "unauthenticated-integration", "a-b"));
    const Finding *back = findFinding(later.findings, "unauthenticated-integration", "a-b");
    QVERIFY(back);
    QVERIFY(back->acceptanceExpired);
    QCOMPARE(back->note, std::string("the acceptance expired on 2026-06-30 (owner platform, ticket SEC-9)"));
    QVERIFY(back->severity == Severity::Error);
    QCOMPARE(later.count(Severity::Error), size_t(1));

    // SEAM_TODAY stands for today when no day is given.
    qputenv("SEAM_TODAY", "2027-01-01");
    QVERIFY(findFinding(lint(model).findings, "unauthenticated-integration", "a-b"));
    qputenv("SEAM_TODAY", "2026-01-01");
    QVERIFY(!findFinding(lint(model).findings, "unauthenticated-integration", "a-b"));
    qunsetenv("SEAM_TODAY");
}

void TestFindings::badExpiryIsALoadError_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("no such day") << "2026-02-30";
    QTest::newRow("month 13") << "2026-13-01";
    QTest::newRow("day first") << "30-06-2026";
    QTest::newRow("words") << "next summer";
    QTest::newRow("time too") << "2026-06-30T10:00";
}

void TestFindings::badExpiryIsALoadError()
{
    QFETCH(QString, value);
    std::string yaml = kAccepted;
    replaceOnce(yaml, "expires: 2026-06-30", "expires: " + value.toStdString());
    const LoadResult loaded = loadModelFromString(yaml, "bad.seam.yaml", FileFormat::Yaml);
    QVERIFY(!loaded.ok());
    const auto it = std::find_if(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                                 [](const Diagnostic &d) { return d.message.find("'expires'") != std::string::npos; });
    QVERIFY2(it != loaded.diagnostics.end(), qPrintable(describe(loaded.diagnostics)));
    QCOMPARE(it->mark.line, 19);
    QCOMPARE(it->mark.column, 18);
}

void TestFindings::lifecycleFieldsRoundTrip()
{
    std::string yaml = kAccepted;
    replaceOnce(yaml, "        expires: 2026-06-30\n", "        expires: 2026-06-30\n        reviewed: 0123abcd\n");
    PARSE_MODEL(model, yaml);
    const std::string saved = saveModelToString(model, FileFormat::Yaml);
    const LoadResult again = loadModelFromString(saved, "again.seam.yaml", FileFormat::Yaml);
    QVERIFY2(again.ok(), qPrintable(describe(again.diagnostics)));
    QVERIFY(*again.model == model);
    const Suppression &entry = model.integrations->front().suppress->front();
    QCOMPARE(entry.ticket, std::optional<std::string>("SEC-9"));
    QCOMPARE(entry.expires, std::optional<std::string>("2026-06-30"));
    QCOMPARE(entry.reviewed, std::optional<std::string>("0123abcd"));
    // JSON too.
    const std::string json = saveModelToString(model, FileFormat::Json);
    const LoadResult fromJson = loadModelFromString(json, "again.seam.json", FileFormat::Json);
    QVERIFY2(fromJson.ok(), qPrintable(describe(fromJson.diagnostics)));
    QVERIFY(*fromJson.model == model);
}

void TestFindings::reviewFingerprintFollowsTheElement()
{
    PARSE_MODEL(model, std::string(kAccepted));
    const std::string stamp = reviewFingerprint(model, "unauthenticated-integration", "a-b");
    QCOMPARE(stamp.size(), size_t(16));
    QVERIFY(stamp != reviewFingerprint(model, "missing-timeout", "a-b")); // per rule
    QVERIFY(reviewFingerprint(model, "orphan-component", "nobody").empty());

    // Stamped with the current fingerprint: suppressed, no re-review.
    std::string yaml = kAccepted;
    replaceOnce(yaml, "        expires: 2026-06-30\n",
                "        expires: 2026-06-30\n        reviewed: " + stamp + "\n");
    {
        PARSE_MODEL(stamped, yaml);
        QCOMPARE(reviewFingerprint(stamped, "unauthenticated-integration", "a-b"), stamp); // suppress: left out
        const LintResult result = lint(stamped, LintOptions {"2026-01-01"});
        const Finding *accepted = findFinding(result.suppressed, "unauthenticated-integration", "a-b");
        QVERIFY(accepted && !accepted->needsReview && accepted->note.empty());
    }
    // A documentation edit keeps the review; a change lint reads asks for a new one.
    {
        std::string described = yaml;
        replaceOnce(described, "    pattern: rest\n    timeout_ms: 500\n",
                    "    description: the gateway's read path\n    pattern: rest\n    timeout_ms: 500\n");
        PARSE_MODEL(edited, described);
        QCOMPARE(reviewFingerprint(edited, "unauthenticated-integration", "a-b"), stamp);
    }
    for (const auto &[from, to] : std::vector<std::pair<std::string, std::string>> {
             {"    timeout_ms: 500\n", "    timeout_ms: 900\n"},
             {"  - { id: b, kind: service }\n", "  - { id: b, kind: service, zone: public }\n"}}) {
        std::string changed = yaml;
        replaceOnce(changed, from, to);
        PARSE_MODEL(edited, changed);
        const LintResult result = lint(edited, LintOptions {"2026-01-01"});
        const Finding *accepted = findFinding(result.suppressed, "unauthenticated-integration", "a-b");
        QVERIFY2(accepted, to.c_str());
        QVERIFY2(accepted->needsReview, to.c_str());
        QVERIFY(accepted->note.find("re-review") != std::string::npos);
        QVERIFY(accepted->note.find("--accept unauthenticated-integration:a-b") != std::string::npos);
        QVERIFY(result.findings.empty() || !findFinding(result.findings, "unauthenticated-integration", "a-b"));
    }
}

void TestFindings::trackingFingerprintIgnoresUnrelatedChanges()
{
    const std::string base = readText(kDataDir + "/edge-without-mtls.seam.yaml");
    QVERIFY(!base.empty());
    const auto tracked = [](const std::string &text, std::string_view rule, std::string_view element) {
        const LoadResult loaded = loadModelFromString(text, "m.seam.yaml", FileFormat::Yaml);
        if (!loaded.ok())
            return std::string("does not load");
        const LintResult result = lint(*loaded.model);
        const Finding *finding = findFinding(result.findings, rule, element);
        return finding ? trackingFingerprint(*finding) : std::string("no finding");
    };
    const std::string before = tracked(base, "unauthenticated-integration", "edge-cart");
    QCOMPARE(before.size(), size_t(16));

    // Lines inserted above, and an unrelated element renamed: the same fingerprint.
    std::string moved = base;
    replaceOnce(moved, "components:\n",
                "components:\n  - {id: newcomer, kind: service}\n  - {id: other, kind: cache}\n");
    QCOMPARE(tracked(moved, "unauthenticated-integration", "edge-cart"), before);
    std::string renamed = base;
    replaceOnce(renamed, "  - id: edge-catalog\n", "  - id: edge-product-catalog\n");
    QCOMPARE(tracked(renamed, "unauthenticated-integration", "edge-cart"), before);

    // Renaming the finding's own element, or moving it to another boundary, changes it.
    std::string own = base;
    replaceOnce(own, "  - id: edge-cart\n", "  - id: edge-basket\n");
    const std::string renamedOwn = tracked(own, "unauthenticated-integration", "edge-basket");
    QCOMPARE(renamedOwn.size(), size_t(16));
    QVERIFY(renamedOwn != before);
    std::string boundary = base;
    replaceOnce(boundary, "  - {id: cart, kind: service}\n", "  - {id: cart, kind: service, zone: third-party}\n");
    const std::string otherCause = tracked(boundary, "unauthenticated-integration", "edge-cart");
    QCOMPARE(otherCause.size(), size_t(16));
    QVERIFY(otherCause != before);
}

QTEST_GUILESS_MAIN(TestFindings)
#include "tst_findings.moc"

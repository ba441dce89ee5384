// Minimal-diff saves: every edit the editor makes, applied to each example and saved
// with the patcher, changes only the lines of what was edited, and the file loads to
// the same model a full canonical rewrite would give.
#include "model/flows.h"
#include "model/modelio.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <functional>
#include <set>

using namespace seam;

namespace {

std::vector<std::string> linesOf(const std::string &text)
{
    std::vector<std::string> lines;
    size_t at = 0;
    while (at < text.size()) {
        size_t nl = text.find('\n', at);
        if (nl == std::string::npos)
            nl = text.size();
        lines.push_back(text.substr(at, nl - at));
        at = nl + 1;
    }
    return lines;
}

// A line diff (longest common subsequence): the original lines that are gone and the new ones.
struct LineDiff {
    std::vector<std::string> removed;
    std::vector<std::string> added;
};

LineDiff lineDiff(const std::string &before, const std::string &after)
{
    auto a = linesOf(before), b = linesOf(after);
    // Only the middle that differs needs the quadratic table.
    while (!a.empty() && !b.empty() && a.back() == b.back())
        a.pop_back(), b.pop_back();
    size_t same = 0;
    while (same < a.size() && same < b.size() && a[same] == b[same])
        ++same;
    a.erase(a.begin(), a.begin() + same);
    b.erase(b.begin(), b.begin() + same);
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (size_t i = a.size(); i-- > 0;)
        for (size_t j = b.size(); j-- > 0;)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    LineDiff diff;
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j])
            ++i, ++j;
        else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j]))
            diff.added.push_back(b[j++]);
        else
            diff.removed.push_back(a[i++]);
    }
    return diff;
}

std::string describe(const LineDiff &d)
{
    std::string out;
    for (const auto &line : d.removed)
        out += "- " + line + "\n";
    for (const auto &line : d.added)
        out += "+ " + line + "\n";
    return out;
}

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

Model load(const std::string &text)
{
    const LoadResult result = loadModelFromString(text, "test.seam.yaml", FileFormat::Yaml);
    if (!result.ok())
        for (const Diagnostic &d : result.diagnostics)
            qWarning("%s", d.toString().c_str());
    return result.model.value_or(Model {});
}

// The lines of the element `id` in a canonical file's block list: from `  - id: ID` to the next item or section.
std::vector<std::string> elementLines(const std::string &text, const std::string &id)
{
    std::vector<std::string> out;
    bool in = false;
    for (const std::string &line : linesOf(text)) {
        if (line.starts_with("  - "))
            in = line == "  - id: " + id;
        else if (!line.starts_with("    "))
            in = false;
        if (in)
            out.push_back(line);
    }
    return out;
}

bool inFlow(const Model &m, const std::string &integration)
{
    for (const Flow &flow : m.flowList())
        if (flowUsesIntegration(flow, integration))
            return true;
    return false;
}

std::vector<std::string> touching(const Model &m, const std::string &component)
{
    std::vector<std::string> ids;
    for (const Integration &i : m.integrationList())
        if (i.from == component || i.to == component)
            ids.push_back(i.id);
    return ids;
}

} // namespace

class MinimalDiffTest : public QObject {
    Q_OBJECT

    std::string m_text;
    Model m_model;

    // Saves `edited` over the example's text: the patch must exist (no fallback), load
    // to what the canonical rewrite loads to, and is returned as a line diff.
    LineDiff save(const Model &edited, bool *ok)
    {
        *ok = false;
        const std::optional<std::string> patched = patchModelText(m_text, FileFormat::Yaml, edited);
        if (!patched) {
            qWarning("no patch: the save fell back to the canonical text");
            return {};
        }
        const Model canonical = load(saveModelToString(edited, FileFormat::Yaml));
        const Model fromPatch = load(*patched);
        if (!(fromPatch == canonical) || canonical.components.empty()) {
            qWarning("the patched text loads to another model:\n%s", patched->c_str());
            return {};
        }
        *ok = true;
        return lineDiff(m_text, *patched);
    }

private slots:
    // Contracts are lists matched by name: editing one operation of an API or one event of a
    // channel rewrites that operation's or event's lines only.
    void contractEditsTouchOnlyTheirLines()
    {
        m_text = readFile(QDir(SEAM_EXAMPLES_DIR).filePath("contracts.seam.yaml"));
        m_model = load(m_text);
        QVERIFY(m_model.components.size() > 4);
        const auto component = [](Model &m, const std::string &id) -> Component & {
            for (Component &c : m.components)
                if (c.id == id)
                    return c;
            qFatal("no component %s", id.c_str());
        };
        bool ok = false;
        { // The path of one operation of the REST API (a block map).
            Model m = m_model;
            Operation &getOrder = component(m, "orders").apis->front().operations->back();
            QCOMPARE(getOrder.name, std::string("getOrder"));
            getOrder.path = "/orders/{order_id}/summary";
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.removed.size() == 1 && d.added.size() == 1, describe(d).c_str());
            QCOMPARE(d.added.front(), std::string("            path: /orders/{order_id}/summary"));
        }
        { // The version of one event of a channel (a flow map on one line).
            Model m = m_model;
            Event &cancelled = component(m, "order-events").channels->front().events->back();
            QCOMPARE(cancelled.name, std::string("order.cancelled"));
            cancelled.version = 2;
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.removed.size() == 1 && d.added.size() == 1, describe(d).c_str());
            QVERIFY2(d.added.front().find("{name: order.cancelled, version: 2,") != std::string::npos,
                     describe(d).c_str());
        }
        { // One rpc of the gRPC API dropped, another one's streaming set: two lines.
            Model m = m_model;
            auto &rpcs = *component(m, "cart").apis->front().operations;
            rpcs.pop_back(); // WatchCart (gateway-cart uses the other two)
            rpcs.back().streaming = Streaming::Server; // GetCart
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.removed.size() == 2 && d.added.size() == 1, describe(d).c_str());
            QVERIFY2(d.added.front().find("{name: GetCart, streaming: server,") != std::string::npos,
                     describe(d).c_str());
        }
        { // A response added to one operation: only new lines, under that operation.
            Model m = m_model;
            Operation &getOrder = component(m, "orders").apis->front().operations->back();
            Response gone;
            gone.status = "410";
            gone.description = "the order was archived";
            getOrder.responses->push_back(gone);
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.removed.empty() && !d.added.empty() && d.added.size() <= 2, describe(d).c_str());
        }
        { // A consumer references one more event: its `events` line only.
            Model m = m_model;
            for (Integration &i : *m.integrations)
                if (i.id == "invoicing-consume") {
                    Event more;
                    more.name = "order.cancelled";
                    more.reference = true;
                    i.events->push_back(more);
                }
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.removed.size() == 1 && d.added.size() == 1, describe(d).c_str());
            QCOMPARE(d.added.front(), std::string("    events: [order.placed, order.cancelled]"));
        }
    }

    void examples_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(SEAM_EXAMPLES_DIR);
        const QStringList files = dir.entryList({"*.seam.yaml"}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 4);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void examples()
    {
        QFETCH(QString, path);
        m_text = readFile(path);
        const LoadResult loaded = loadModelFromString(m_text, path.toStdString(), FileFormat::Yaml);
        QVERIFY(loaded.ok());
        m_model = *loaded.model;
        QVERIFY(m_model.layout && !m_model.layout->empty() && m_model.integrations && m_model.components.size() > 3);
        bool ok = false;

        // Nothing edited: the same bytes.
        QCOMPARE(patchModelText(m_text, FileFormat::Yaml, m_model), std::optional<std::string>(m_text));

        // The examples are canonical: `format` leaves them alone.
        QCOMPARE(formattedModelText(m_text, FileFormat::Yaml, m_model), m_text);

        { // Move a card (a drag lands on fractions): one line of layout:, whole pixels.
            Model m = m_model;
            LayoutEntry &entry = (*m.layout)[m.layout->size() / 2];
            entry.x += 17.4;
            entry.y -= 3.6;
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QCOMPARE(d.removed.size(), size_t(1));
            QCOMPARE(d.added.size(), size_t(1));
            const QRegularExpression integers(QStringLiteral("^  [a-z0-9.-]+: \\[-?\\d+, -?\\d+\\]$"));
            QVERIFY2(integers.match(QString::fromStdString(d.added[0])).hasMatch(), d.added[0].c_str());
            QVERIFY(d.added[0].starts_with("  " + entry.id + ": "));
        }

        { // Rename a component: exactly the lines that name it change (id, from/to, layout).
            Model m = m_model;
            const std::string old = m.components[1].id, renamed = "renamed-component";
            m.components[1].id = renamed;
            for (Integration &i : *m.integrations) {
                if (i.from == old)
                    i.from = renamed;
                if (i.to == old)
                    i.to = renamed;
            }
            for (LayoutEntry &e : *m.layout)
                if (e.id == old)
                    e.id = renamed;
            const QRegularExpression names(QStringLiteral("^\\s*(- )?(id|from|to): %1$|^  %1: \\[")
                                               .arg(QRegularExpression::escape(QString::fromStdString(old))));
            size_t expected = 0;
            for (const std::string &line : linesOf(m_text))
                expected += names.match(QString::fromStdString(line)).hasMatch();
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY(expected >= 2);
            QCOMPARE(d.removed.size(), expected);
            QCOMPARE(d.added.size(), expected);
            for (const std::string &line : d.added)
                QVERIFY2(line.find(renamed) != std::string::npos, describe(d).c_str());
        }

        { // Rename an integration that a flow names, when there is one: its id and each line of a step naming it.
            Model m = m_model;
            for (Integration &i : *m.integrations) {
                if (!inFlow(m, i.id))
                    continue;
                std::set<std::pair<const Flow *, size_t>> stepLines; // a v1 list holds several steps on a line
                for (Flow &f : *m.flows)
                    forEachCallStep(f.steps, [&](FlowStep &step) {
                        if (step.integration == i.id) {
                            step.integration = "renamed-integration";
                            stepLines.insert({&f, step.mark.line});
                        }
                    });
                i.id = "renamed-integration";
                const LineDiff d = save(m, &ok);
                QVERIFY(ok);
                QCOMPARE(d.removed.size(), 1 + stepLines.size());
                QCOMPARE(d.added.size(), 1 + stepLines.size());
                break;
            }
        }

        { // Add a component with a position: its own lines and one layout line, nothing removed.
            Model m = m_model;
            Component c;
            c.id = "added-service";
            c.name = "Added service";
            c.kind = ComponentKind::Service;
            c.owner = "team-new";
            m.components.push_back(c);
            m.layout->push_back({c.id, 120, 640, {}});
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.removed.empty(), describe(d).c_str());
            QCOMPARE(d.added,
                     (std::vector<std::string> {"  - id: added-service", "    name: Added service", "    kind: service",
                                                "    owner: team-new", "  added-service: [120, 640]"}));
        }

        { // Remove a component (and the integrations it takes along): exactly their lines go.
            Model m = m_model;
            std::string victim;
            for (const Component &c : m.components) {
                bool free = true;
                for (const std::string &id : touching(m, c.id))
                    free = free && !inFlow(m, id);
                if (free) {
                    victim = c.id;
                    break;
                }
            }
            QVERIFY(!victim.empty());
            const std::vector<std::string> gone = touching(m, victim);
            std::vector<std::string> expected = elementLines(m_text, victim);
            for (const std::string &id : gone) {
                const auto lines = elementLines(m_text, id);
                expected.insert(expected.end(), lines.begin(), lines.end());
            }
            std::erase_if(m.components, [&](const Component &c) { return c.id == victim; });
            std::erase_if(*m.integrations, [&](const Integration &i) { return i.from == victim || i.to == victim; });
            const bool hadLayout = m.findLayout(victim) != nullptr;
            std::erase_if(*m.layout, [&](const LayoutEntry &e) { return e.id == victim; });
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.added.empty(), describe(d).c_str());
            QCOMPARE(d.removed.size(), expected.size() + (hadLayout ? 1 : 0));
            std::multiset<std::string> removed(d.removed.begin(), d.removed.end());
            for (const std::string &line : expected)
                QVERIFY2(removed.count(line), line.c_str());
        }

        { // Add an integration with an operation, then remove one that no flow uses.
            Model m = m_model;
            Integration i;
            i.id = "added-link";
            i.from = m.components[0].id;
            i.to = m.components[1].id;
            i.pattern = Pattern::Rest;
            i.timeoutMs = 500;
            Operation op;
            op.name = "doIt";
            op.method = HttpMethod::Post;
            op.path = "/do/{id}";
            i.operations = std::vector<Operation> {op};
            m.integrations->push_back(i);
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.removed.empty(), describe(d).c_str());
            QCOMPARE(d.added.size(), size_t(7));
            QCOMPARE(d.added[0], std::string("  - id: added-link"));

            Model r = m_model;
            auto it = std::find_if(r.integrations->begin(), r.integrations->end(),
                                   [&](const Integration &x) { return !inFlow(r, x.id); });
            QVERIFY(it != r.integrations->end());
            const std::vector<std::string> expected = elementLines(m_text, it->id);
            r.integrations->erase(it);
            const LineDiff removed = save(r, &ok);
            QVERIFY(ok);
            QVERIFY(removed.added.empty());
            QCOMPARE(removed.removed, expected);
        }

        { // Change field values: a text, an enum, a number and a pattern; one line each.
            Model m = m_model;
            m.components[0].owner = m.components[0].owner ? "team-renamed" : "team-new"; // set or change
            Integration &i = (*m.integrations)[0];
            i.timeoutMs = i.timeoutMs.value_or(0) + 7;
            Component &c = m.components[2];
            c.zone = c.zone == Zone::Dmz ? Zone::Internal : Zone::Dmz;
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.removed.size() <= 3 && d.added.size() == 3, describe(d).c_str());

            Model p = m_model;
            Integration *target = nullptr;
            for (Integration &x : *p.integrations)
                if (x.pattern == Pattern::Queue && !x.operations)
                    target = &x;
            if (target) {
                target->pattern = Pattern::Pubsub;
                const LineDiff pd = save(p, &ok);
                QVERIFY(ok);
                QCOMPARE(pd.removed.size(), size_t(1));
                QCOMPARE(pd.added, std::vector<std::string> {"    pattern: pubsub"});
            }
        }

        { // A value that must now be quoted, a multi-line description, a cleared field.
            Model m = m_model;
            m.components[0].technology = "yes: really # not a comment";
            m.components[1].description = "first line\nsecond line\n";
            m.components[2].name.reset();
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            QVERIFY2(d.added.size() == 4 && d.removed.size() <= 3, describe(d).c_str());
        }

        { // List items: a tag, a suppression, an operation added; an operation removed.
            Model m = m_model;
            Component &c = m.components[0];
            if (!c.tags)
                c.tags.emplace();
            c.tags->push_back("added-tag");
            Integration *rest = nullptr;
            for (Integration &x : *m.integrations)
                if (x.operations && x.operations->size() > 1 && x.pattern == Pattern::Rest && !rest)
                    rest = &x;
            QVERIFY(rest);
            Suppression s;
            s.rule = "missing-circuit-breaker";
            s.reason = "the callee is ours, we watch it";
            if (!rest->suppress)
                rest->suppress.emplace();
            rest->suppress->push_back(s);
            Operation op;
            op.name = "addedOp";
            op.method = HttpMethod::Get;
            op.path = "/added";
            rest->operations->push_back(op);
            const LineDiff d = save(m, &ok);
            QVERIFY(ok);
            // tags: one line changed or two added; suppress: up to two; the operation: one.
            QVERIFY2(d.removed.size() <= 1 && d.added.size() <= 6, describe(d).c_str());

            Model r = m_model;
            for (Integration &x : *r.integrations)
                if (x.operations && x.operations->size() > 1) {
                    x.operations->erase(x.operations->begin());
                    break;
                }
            const LineDiff rd = save(r, &ok);
            QVERIFY(ok);
            QVERIFY2(rd.added.empty() && rd.removed.size() >= 1 && rd.removed.size() <= 8, describe(rd).c_str());
        }
    }

    // Every component and integration of every example, one field at a time: each save
    // patches (no canonical fallback) and touches at most the field's own lines.
    void everyElementEveryField()
    {
        const QDir dir(SEAM_EXAMPLES_DIR);
        size_t saves = 0;
        for (const QString &file : dir.entryList({"*.seam.yaml"}, QDir::Files, QDir::Name)) {
            m_text = readFile(dir.filePath(file));
            m_model = load(m_text);
            QVERIFY(!m_model.components.empty());
            std::vector<std::pair<std::string, std::function<void(Model &)>>> edits;
            for (size_t c = 0; c < m_model.components.size(); ++c) {
                edits.push_back({"owner", [c](Model &m) {
                                     m.components[c].owner
                                         = m.components[c].owner ? std::nullopt : std::optional<std::string>("team-z");
                                 }});
                edits.push_back(
                    {"description", [c](Model &m) { m.components[c].description = "Now: described # here"; }});
                edits.push_back({"tags", [c](Model &m) {
                                     m.components[c].tags = m.components[c].tags
                                         ? std::nullopt
                                         : std::optional<std::vector<std::string>>({"t1", "on"});
                                 }});
                edits.push_back({"sla", [c](Model &m) {
                                     auto &sla = m.components[c].sla;
                                     if (!sla)
                                         sla.emplace();
                                     sla->latencyP99Ms = 999;
                                 }});
            }
            for (size_t i = 0; i < m_model.integrationList().size(); ++i) {
                edits.push_back({"timeout", [i](Model &m) { (*m.integrations)[i].timeoutMs = 4321; }});
                edits.push_back({"name", [i](Model &m) {
                                     (*m.integrations)[i].name = (*m.integrations)[i].name
                                         ? std::nullopt
                                         : std::optional<std::string>("Named");
                                 }});
                edits.push_back({"security", [i](Model &m) {
                                     auto &security = (*m.integrations)[i].security;
                                     if (!security)
                                         security.emplace();
                                     security->tls = !security->tlsEnabled();
                                 }});
                edits.push_back(
                    {"suppress", [i](Model &m) {
                         auto &suppress = (*m.integrations)[i].suppress;
                         if (suppress)
                             suppress.reset();
                         else
                             suppress = std::vector<Suppression> {{"missing-timeout", "why: because", {}, {}}};
                     }});
            }
            for (const auto &[what, edit] : edits) {
                Model m = m_model;
                edit(m);
                bool ok = false;
                const LineDiff d = save(m, &ok);
                QVERIFY2(ok, qPrintable(file + ": " + QString::fromStdString(what)));
                // One field: its line; a list or map newly written or removed in block style: a few lines.
                QVERIFY2(std::max(d.removed.size(), d.added.size()) <= 6 && !(d.removed.empty() && d.added.empty()),
                         (file.toStdString() + ": " + what + "\n" + describe(d)).c_str());
                ++saves;
            }
        }
        qInfo("%zu single-field saves, all patched", saves);
    }

    // The case: a hand-written file (comments, blank lines, `{ a: b }`) keeps all of it.
    void handWrittenFileKeepsItsFormatting()
    {
        m_text = readFile(QStringLiteral(SEAM_TEST_DATA_DIR "/handwritten-legacy.seam.yaml"));
        QVERIFY(!m_text.empty());
        m_model = load(m_text);
        QVERIFY(!m_model.components.empty());
        Model m = m_model;
        (*m.layout)[3].x += 17; // branch-pos
        bool ok = false;
        const LineDiff d = save(m, &ok);
        QVERIFY(ok);
        QCOMPARE(d.removed, std::vector<std::string> {"  branch-pos: [40, 110]"});
        QCOMPARE(d.added, std::vector<std::string> {"  branch-pos: [57, 110]"});
        const LineDiff full = lineDiff(m_text, saveModelToString(m, FileFormat::Yaml));
        qInfo("move one card in the hand-written legacy-monolith: %zu line changed; the canonical rewrite changes %zu "
              "lines",
              d.removed.size(), std::max(full.removed.size(), full.added.size()));
        QVERIFY(full.removed.size() > 100);

        // New flow-style items follow the file's `{ a: b }` spacing.
        Model n = m_model;
        Operation op;
        op.name = "ping";
        op.method = HttpMethod::Get;
        (*n.integrations)[0].operations->push_back(op);
        const LineDiff nd = save(n, &ok);
        QVERIFY(ok);
        QCOMPARE(nd.added, std::vector<std::string> {"      - { name: ping, method: GET }"});
    }

    void commentsQuotingAndBlankLinesStay()
    {
        m_text = "# Header comment\n"
                 "seam: 1\n"
                 "name: 'Quoted name'   # trailing comment\n"
                 "\n"
                 "components:\n"
                 "  # the edge\n"
                 "  - id: a\n"
                 "    kind: service\n"
                 "    owner: \"team-a\"\n"
                 "    sla: { availability: 99.90, latency_p95_ms: 200 }\n"
                 "\n"
                 "  - id: b\n"
                 "    kind: database\n"
                 "\n"
                 "integrations:\n"
                 "  - { id: ab, from: a, to: b, pattern: database }\n"
                 "\n"
                 "layout:\n"
                 "  a: [10, 20]   # keep\n"
                 "  b: [30, 40]\n";
        m_model = load(m_text);
        QVERIFY(!m_model.components.empty());
        Model m = m_model;
        m.name = "Other name";
        m.components[0].owner = "team-b";
        m.components[0].sla->latencyP95Ms = 250;
        (*m.integrations)[0].timeoutMs = 900;
        (*m.layout)[0].y = 21.2;
        bool ok = false;
        const LineDiff d = save(m, &ok);
        QVERIFY(ok);
        const std::optional<std::string> patched = patchModelText(m_text, FileFormat::Yaml, m);
        QCOMPARE(*patched,
                 std::string("# Header comment\n"
                             "seam: 1\n"
                             "name: 'Other name'   # trailing comment\n"
                             "\n"
                             "components:\n"
                             "  # the edge\n"
                             "  - id: a\n"
                             "    kind: service\n"
                             "    owner: \"team-b\"\n"
                             "    sla: { availability: 99.90, latency_p95_ms: 250 }\n"
                             "\n"
                             "  - id: b\n"
                             "    kind: database\n"
                             "\n"
                             "integrations:\n"
                             "  - { id: ab, from: a, to: b, pattern: database, timeout_ms: 900 }\n"
                             "\n"
                             "layout:\n"
                             "  a: [10, 21]   # keep\n"
                             "  b: [30, 40]\n"));
        // Removing b takes its lines (and the integration and layout line), nothing else.
        Model r = m_model;
        r.components.pop_back();
        r.integrations->clear();
        r.layout->pop_back();
        save(r, &ok);
        QVERIFY(ok);
        std::string expected = m_text;
        auto cut = [&](const std::string &what, const std::string &with) {
            const size_t at = expected.find(what);
            QVERIFY(at != std::string::npos);
            expected.replace(at, what.size(), with);
        };
        cut("  - id: b\n    kind: database\n\n", "");
        cut("integrations:\n  - { id: ab, from: a, to: b, pattern: database }\n", "integrations: []\n");
        cut("  b: [30, 40]\n", "");
        QCOMPARE(*patchModelText(m_text, FileFormat::Yaml, r), expected);
    }

    // A block list of names loses exactly the line of the name that went.
    void blockListOfNames()
    {
        m_text = "seam: 1\nname: s\ncomponents:\n  - {id: a, kind: service}\n  - {id: b, kind: service}\n"
                 "  - {id: c, kind: service}\n  - {id: d, kind: service}\nintegrations:\n"
                 "  - {id: ab, from: a, to: b, pattern: rest}\n  - {id: bc, from: b, to: c, pattern: rest}\n"
                 "  - {id: cd, from: c, to: d, pattern: rest}\nflows:\n  - id: f\n    steps:\n      - ab\n      - bc\n"
                 "      - cd   # last hop\n";
        m_model = load(m_text);
        QVERIFY(m_model.flows);
        Model m = m_model;
        auto &steps = (*m.flows)[0].steps;
        steps.erase(steps.begin());
        bool ok = false;
        const LineDiff d = save(m, &ok);
        QVERIFY(ok);
        QVERIFY(d.added.empty());
        QCOMPARE(d.removed, std::vector<std::string> {"      - ab"});
    }

    // A journey step (issue 12): editing its operation or its runs rewrites that one line, in a
    // hand-written file with comments; the bare steps around it keep their short form.
    void journeyStepEditTouchesOneLine()
    {
        m_text = readFile(QDir(SEAM_EXAMPLES_DIR).filePath("online-boutique.seam.yaml"));
        m_model = load(m_text);
        QVERIFY(m_model.flows);
        const auto edit = [&](const std::string &stepId, const std::function<void(FlowStep &)> &change) {
            Model m = m_model;
            forEachCallStep((*m.flows)[0].steps, [&](FlowStep &step) {
                if (step.id == stepId)
                    change(step);
            });
            bool ok = false;
            const LineDiff d = save(m, &ok);
            return ok ? d : LineDiff {{"no patch"}, {}};
        };
        LineDiff d = edit("get-products", [](FlowStep &step) { step.times = 5; });
        QCOMPARE(d.removed, std::vector<std::string> {"        times: 3"});
        QCOMPARE(d.added, std::vector<std::string> {"        times: 5"});
        // A step written in flow style stays one line.
        d = edit("charge", [](FlowStep &step) {
            step.compensation = Compensation {};
            step.compensation->integration = "checkout-payment";
        });
        QCOMPARE(d.removed,
                 std::vector<std::string> {
                     "      - {id: charge, integration: checkout-payment, operation: Charge, irreversible: true}"});
        QCOMPARE(d.added,
                 std::vector<std::string> {"      - {id: charge, integration: checkout-payment, operation: "
                                           "Charge, irreversible: true, compensation: {integration: "
                                           "checkout-payment}}"});
    }

    // An anchor shared through an alias cannot be patched in one place: the save
    // falls back to the canonical text, which is right.
    void fallbackWhenAPatchWouldBeWrong()
    {
        const std::string text = "seam: 1\nname: x\ncomponents:\n"
                                 "  - id: a\n    kind: service\n    sla: &s { availability: 99.9 }\n"
                                 "  - id: b\n    kind: service\n    sla: *s\n";
        Model m = load(text);
        QCOMPARE(m.components.size(), size_t(2));
        m.components[0].sla->availability = 99.5;
        QVERIFY(!patchModelText(text, FileFormat::Yaml, m));
        const std::string saved = patchedModelText(text, FileFormat::Yaml, m);
        QCOMPARE(saved, saveModelToString(m, FileFormat::Yaml));
        const Model back = load(saved);
        QCOMPARE(*back.components[0].sla->availability, 99.5);
        QCOMPARE(*back.components[1].sla->availability, 99.9);
        // Editing next to the alias, not through it, still patches.
        Model n = load(text);
        n.components[1].owner = "team-b";
        QVERIFY(patchModelText(text, FileFormat::Yaml, n));
        // JSON keeps the canonical rewrite.
        QVERIFY(!patchModelText(saveModelToString(n, FileFormat::Json), FileFormat::Json, n));
    }
};

QTEST_GUILESS_MAIN(MinimalDiffTest)
#include "tst_minimaldiff.moc"

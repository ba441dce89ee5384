// Each kind of problem in a model file is reported with its exact line, column and message.
#include "model/modelio.h"

#include <QTest>

using namespace seam;

namespace {

const char *kHeader = "seam: 1\nname: T\n"; // lines 1-2 of every case

std::vector<std::string> errorsOf(const std::string &text, FileFormat format = FileFormat::Yaml)
{
    const LoadResult result = loadModelFromString(text, "m.seam.yaml", format);
    std::vector<std::string> lines;
    for (const Diagnostic &d : result.diagnostics)
        lines.push_back(d.toString());
    return lines;
}

std::string joined(const std::vector<std::string> &lines)
{
    std::string out;
    for (const auto &line : lines)
        out += line + "\n";
    return out;
}

} // namespace

class DiagnosticsTest : public QObject {
    Q_OBJECT

private slots:
    void kinds_data()
    {
        QTest::addColumn<QString>("body"); // appended after the two header lines
        QTest::addColumn<QString>("expected"); // every diagnostic, in order

        QTest::newRow("yaml syntax") << "components:\n  - id: a\n    kind: [service\n"
                                     << "m.seam.yaml:5:11: error: YAML syntax: unclosed '[' opened here; noticed at "
                                        "6:1: flow sequence without a closing bracket";
        QTest::newRow("wrong type")
            << "components:\n  - { id: a, kind: service }\n  - { id: b, kind: service }\n"
               "integrations:\n  - { id: i, from: a, to: b, pattern: rest, timeout_ms: fast }\n"
            << "m.seam.yaml:7:57: error: 'timeout_ms' must be a whole number (milliseconds), not 'fast'";
        QTest::newRow("unknown enum") << "components:\n  - { id: a, kind: service }\n  - { id: b, kind: service }\n"
                                         "integrations:\n  - { id: i, from: a, to: b, pattern: restful }\n"
                                      << "m.seam.yaml:7:39: error: unknown pattern 'restful'; did you mean 'rest'? "
                                         "(valid: rest, graphql, grpc, queue, pubsub, stream, webhook or database)";
        QTest::newRow("enum typo") << "components:\n  - { id: a, kind: servce }\n"
                                   << "m.seam.yaml:4:20: error: unknown kind 'servce'; did you mean 'service'? "
                                      "(valid: client, gateway, service, database, cache, queue, topic or external)";
        QTest::newRow("duplicate id") << "components:\n  - id: a\n    kind: service\n  - id: a\n    kind: database\n"
                                      << "m.seam.yaml:6:5: error: duplicate component id 'a' (first defined at line 4)";
        QTest::newRow("dangling from/to") << "components:\n  - { id: orders, kind: service }\nintegrations:\n  - { id: "
                                             "i, from: orders, to: ordrs, pattern: rest }\n"
                                          << "m.seam.yaml:6:32: error: integration 'i': 'to' refers to unknown "
                                             "component 'ordrs'; did you mean 'orders'?";
        QTest::newRow("dangling step")
            << "components:\n  - { id: a, kind: service }\nintegrations:\n  - { id: i, from: a, to: a, pattern: queue "
               "}\n"
               "flows:\n  - { id: f, steps: [i, j] }\n"
            << "m.seam.yaml:8:25: error: flow 'f': step refers to unknown integration 'j'; did you mean 'i'?";
        QTest::newRow("dangling $ref")
            << "components: []\nschemas:\n  Order:\n    type: object\n    properties:\n      item: { $ref: OrderItm }\n"
               "  OrderItem: { type: object }\n"
            << "m.seam.yaml:8:21: error: schema 'Order': $ref refers to unknown schema 'OrderItm'; did you mean "
               "'OrderItem'?";
        QTest::newRow("dangling payload/request/response")
            << "components:\n  - { id: a, kind: service }\n  - { id: b, kind: service }\nintegrations:\n"
               "  - id: i\n    from: a\n    to: b\n    pattern: rest\n"
               "    operations:\n      - { name: get, request: Req, response: Res }\n"
               "  - id: j\n    from: a\n    to: b\n    pattern: queue\n    events:\n      - { name: x.y, payload: Pay "
               "}\n"
            << "m.seam.yaml:12:31: error: integration 'i', operation 'get': 'request' refers to unknown schema 'Req'\n"
               "m.seam.yaml:12:46: error: integration 'i', operation 'get': 'response' refers to unknown schema 'Res'\n"
               "m.seam.yaml:18:31: error: integration 'j', event 'x.y': 'payload' refers to unknown schema 'Pay'";
        QTest::newRow("dangling layout")
            << "components:\n  - { id: a, kind: service }\nlayout:\n  a: [0, 0]\n  b: [10, 10]\n"
            << "m.seam.yaml:7:3: error: layout entry for unknown component 'b'; did you mean 'a'?";
        QTest::newRow("flow steps do not connect")
            << "components:\n  - { id: a, kind: service }\n  - { id: b, kind: service }\n  - { id: c, kind: service }\n"
               "integrations:\n  - { id: ab, from: a, to: b, pattern: rest }\n  - { id: ac, from: a, to: c, pattern: "
               "rest }\n"
               "flows:\n  - id: f\n    steps: [ab, ac]\n"
            << "m.seam.yaml:12:17: error: flow 'f': step 'ac' starts at 'a' but the previous step 'ab' ends at 'b'; "
               "consecutive steps must connect";
        QTest::newRow("unknown key is a warning") << "components:\n  - { id: a, kind: service, ownr: team-a }\n"
                                                  << "m.seam.yaml:4:29: warning: unknown key 'ownr' in component 'a'; "
                                                     "did you mean 'owner'? (kept as written)";
        QTest::newRow("bad id")
            << "components:\n  - { id: Order_Service, kind: service }\n"
            << "m.seam.yaml:4:11: error: 'Order_Service' is not a valid component id: use lower-case "
               "letters and digits, separated by single . _ or - (e.g. order-service)";
        QTest::newRow("missing required") << "components:\n  - { id: a }\n"
                                          << "m.seam.yaml:4:5: error: component 'a' is missing required key 'kind'";
        QTest::newRow("suppression without reason")
            << "components:\n  - id: a\n    kind: service\n    suppress:\n      - { rule: orphan-component }\n"
            << "m.seam.yaml:7:9: error: a suppression needs a 'reason': say why the finding is accepted";
    }

    void kinds()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        const std::string actual = joined(errorsOf(kHeader + body.toStdString()));
        QCOMPARE(QString::fromStdString(actual), expected + "\n");
    }

    void unsupportedVersion()
    {
        QCOMPARE(
            errorsOf("seam: 2\nname: T\ncomponents: []\n"),
            std::vector<std::string> {"m.seam.yaml:1:7: error: unsupported format version seam: 2 (this Seam reads "
                                      "version 1; a newer Seam may read it)"});
    }

    void everyProblemInOneRunSortedByLine()
    {
        const std::string text = std::string(kHeader)
            + "components:\n"
              "  - { id: a, kind: servce }\n" // 4
              "  - { id: b, kind: service, zone: dmzz }\n" // 5
              "integrations:\n"
              "  - { id: i, from: a, to: x, pattern: rest, timeout_ms: -5 }\n" // 7
              "layout:\n  a: [1]\n"; // 8-9
        const std::vector<std::string> errors = errorsOf(text);
        QCOMPARE(errors.size(), size_t(5));
        int previousLine = 0;
        for (const std::string &e : errors) {
            const int line = std::stoi(e.substr(e.find(':') + 1));
            QVERIFY2(line >= previousLine, joined(errors).c_str());
            previousLine = line;
        }
        QVERIFY(errors[0].starts_with("m.seam.yaml:4:"));
        QVERIFY(errors[1].starts_with("m.seam.yaml:5:"));
        QVERIFY(errors[2].starts_with("m.seam.yaml:7:"));
        QVERIFY(errors[3].starts_with("m.seam.yaml:7:"));
        QVERIFY(errors[4].starts_with("m.seam.yaml:9:"));
    }

    void jsonErrorsNameLineAndColumn()
    {
        const std::string json = "{\n  \"seam\": 1,\n  \"name\": \"T\",\n  \"components\": [\n"
                                 "    { \"id\": \"a\", \"kind\": \"servce\" }\n  ]\n}\n";
        QCOMPARE(
            errorsOf(json, FileFormat::Json),
            std::vector<std::string> {"m.seam.yaml:5:26: error: unknown kind 'servce'; did you mean 'service'? (valid: "
                                      "client, gateway, service, database, cache, queue, topic or external)"});
        const std::vector<std::string> syntax
            = errorsOf("{\n  \"seam\": 1,\n  \"name\": \"T\"\n  \"components\": []\n}\n", FileFormat::Json);
        QCOMPARE(syntax.size(), size_t(1));
        QVERIFY2(syntax[0].starts_with("m.seam.yaml:4:3: error: JSON syntax: "), syntax[0].c_str());
    }

    void unknownRuleIdsAreWarnings()
    {
        const std::vector<std::string> found
            = errorsOf(std::string(kHeader) + "components: []\nlint:\n  rules:\n    orphan-components: off\n");
        QCOMPARE(found,
                 std::vector<std::string> {"m.seam.yaml:6:5: warning: unknown lint rule 'orphan-components'; did "
                                           "you mean 'orphan-component'? (see 'seam-cli rules')"});
    }

    void brokenFilesNeverCrash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("scalar") << "hello";
        QTest::newRow("list") << "- a\n- b\n";
        QTest::newRow("components map") << "seam: 1\nname: x\ncomponents: { a: 1 }\n";
        QTest::newRow("nested junk") << "seam: 1\nname: x\ncomponents:\n  - [1, 2]\n  - id: a\n    kind: {x: 1}\n";
        QTest::newRow("tabs") << "seam: 1\n\tname: x\n";
        QTest::newRow("alias") << "seam: 1\nname: &n x\ncomponents:\n  - { id: a, kind: service, name: *n }\n";
    }

    void brokenFilesNeverCrash()
    {
        QFETCH(QString, text);
        const LoadResult result = loadModelFromString(text.toStdString(), "m.seam.yaml", FileFormat::Yaml);
        if (!result.ok()) {
            QVERIFY(!result.diagnostics.empty());
            for (const Diagnostic &d : result.diagnostics)
                QVERIFY2(d.toString().starts_with("m.seam.yaml:"), d.toString().c_str());
        }
    }
};

QTEST_GUILESS_MAIN(DiagnosticsTest)
#include "tst_diagnostics.moc"

// The real validators, on every example and test model, exported by seam-cli:
//   redocly lint (OpenAPI, 0 errors), @asyncapi/parser (0 errors), ajv compile + validate
//   (JSON Schema, with a sample event filled from the schema and two that must fail),
//   protoc, graphql-js buildSchema + validateSchema, and mermaid-cli rendering every .mmd.
// A missing validator is a failure: scripts/install-validators.sh installs them (ctest runs
// it first through the `validators` fixture).
#include "exporters/exporter.h"
#include "model/modelio.h"

#include <QtTest>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>
#include <set>

namespace {

const QString kValidators = QStringLiteral(SEAM_VALIDATORS_DIR);
const QString kExamples = QStringLiteral(SEAM_EXAMPLES_DIR);
const QString kTestDir = QStringLiteral(SEAM_EXPORTER_TEST_DIR);
const QString kCli = QStringLiteral(SEAM_CLI);

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {},
        int timeoutMs = 240000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("NO_COLOR", "1");
    env.insert("REDOCLY_TELEMETRY", "off");
    env.insert("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.output = program + ": " + process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.output = program + ": timed out\n" + QString::fromUtf8(process.readAll());
        return result;
    }
    result.output = QString::fromUtf8(process.readAll());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString tool(const QString &name)
{
    return kValidators + "/node_modules/.bin/" + name;
}

QStringList filesUnder(const QString &root, const QStringList &patterns)
{
    QStringList out;
    QDirIterator it(root, patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

// --- sample events, filled from the schema the way a user would write one ---

using nlohmann::json;

const json &resolve(const json &schema, const json &root)
{
    if (schema.is_object() && schema.contains("$ref")) {
        const std::string ref = schema["$ref"].get<std::string>();
        const std::string prefix = "#/$defs/";
        if (ref.rfind(prefix, 0) == 0 && root.contains("$defs") && root["$defs"].contains(ref.substr(prefix.size())))
            return resolve(root["$defs"][ref.substr(prefix.size())], root);
    }
    return schema;
}

std::string typeOf(const json &schema)
{
    if (!schema.contains("type"))
        return schema.contains("properties") ? "object" : "";
    const json &type = schema["type"];
    if (type.is_string())
        return type.get<std::string>();
    for (const json &t : type)
        if (t != "null")
            return t.get<std::string>();
    return "null";
}

// A string matching a simple pattern (literals, classes, \d, \w, quantifiers), as a user
// would type one: `^dev-[0-9a-f]{12}$` → "dev-000000000000". Empty when it cannot tell.
std::string fromPattern(const std::string &pattern)
{
    std::string out;
    size_t i = 0;
    while (i < pattern.size()) {
        std::string unit;
        const char c = pattern[i];
        if (c == '^' || c == '$') {
            ++i;
            continue;
        }
        if (c == '(' || c == ')' || c == '|' || c == '.')
            return {};
        if (c == '\\' && i + 1 < pattern.size()) {
            const char e = pattern[i + 1];
            unit = e == 'd' ? "0" : e == 'w' ? "a" : e == 's' ? " " : std::string(1, e);
            i += 2;
        } else if (c == '[') {
            const size_t end = pattern.find(']', i + 1);
            if (end == std::string::npos || pattern[i + 1] == '^')
                return {};
            unit = std::string(
                1, pattern[i + 1] == '\\' ? (pattern[i + 2] == 'd' ? '0' : pattern[i + 2]) : pattern[i + 1]);
            i = end + 1;
        } else {
            unit = std::string(1, c);
            ++i;
        }
        size_t count = 1;
        if (i < pattern.size() && pattern[i] == '{') {
            const size_t end = pattern.find('}', i);
            if (end == std::string::npos)
                return {};
            count = std::stoul(pattern.substr(i + 1, end - i - 1));
            i = end + 1;
        } else if (i < pattern.size() && (pattern[i] == '+')) {
            ++i;
        } else if (i < pattern.size() && (pattern[i] == '*' || pattern[i] == '?')) {
            count = 0;
            ++i;
        }
        for (size_t n = 0; n < count; ++n)
            out += unit;
    }
    return out;
}

std::string sampleString(const json &schema)
{
    const std::string format = schema.value("format", "");
    if (format == "uuid")
        return "3f2b6c1e-8d4a-4c59-9e7a-2b1d0c9f8e71";
    if (format == "date-time")
        return "2024-05-01T12:00:00Z";
    if (format == "date")
        return "2024-05-01";
    if (format == "email")
        return "ops@example.com";
    if (format == "uri" || format == "url")
        return "https://example.com/resource";
    if (format == "ipv4")
        return "192.0.2.10";
    if (schema.contains("pattern")) {
        // What users put in patterns: codes, hashes, versions, identifiers.
        const std::regex pattern(schema["pattern"].get<std::string>(), std::regex::ECMAScript);
        if (const std::string text = fromPattern(schema["pattern"].get<std::string>());
            !text.empty() && std::regex_search(text, pattern))
            return text;
        for (const char *candidate :
             {"USD", "EUR", "DE", "abc", "ABC", "a1", "A1", "sample", "v1.2.3", "1.2.3", "12345",
              "0123456789abcdef0123456789abcdef01234567", "sha256=abc123", "+4915112345678", "ab-12", "AB-1234", "x"})
            if (std::regex_search(candidate, pattern))
                return candidate;
        return "";
    }
    std::string text = "sample";
    if (schema.contains("maxLength"))
        text = text.substr(0, schema["maxLength"].get<size_t>());
    if (schema.contains("minLength"))
        text.resize(std::max(text.size(), schema["minLength"].get<size_t>()), 'x');
    return text;
}

json sample(const json &in, const json &root, int depth, bool &ok)
{
    const json &schema = resolve(in, root);
    if (depth > 12) {
        ok = false;
        return nullptr;
    }
    if (schema.contains("const"))
        return schema["const"];
    if (schema.contains("enum"))
        return schema["enum"][0];
    if (schema.contains("allOf"))
        return sample(schema["allOf"][0], root, depth + 1, ok);
    for (const char *key : {"oneOf", "anyOf"})
        if (schema.contains(key))
            return sample(schema[key][0], root, depth + 1, ok);
    if (schema.contains("examples") && !schema["examples"].empty())
        return schema["examples"][0];
    const std::string type = typeOf(schema);
    if (type == "object" || type.empty()) {
        json object = json::object();
        std::set<std::string> required;
        for (const json &name : schema.value("required", json::array()))
            required.insert(name.get<std::string>());
        if (schema.contains("properties"))
            for (const auto &[name, property] : schema["properties"].items())
                // Deep in a recursive schema only what must be there.
                if (depth < 4 || required.count(name))
                    object[name] = sample(property, root, depth + 1, ok);
        if (!schema.contains("properties") && schema.contains("additionalProperties")
            && schema["additionalProperties"].is_object())
            object["key"] = sample(schema["additionalProperties"], root, depth + 1, ok);
        return object;
    }
    if (type == "array") {
        json array = json::array();
        const size_t count = std::max<size_t>(schema.value("minItems", size_t(1)), depth < 4 ? 1 : 0);
        for (size_t i = 0; i < count && schema.contains("items"); ++i)
            array.push_back(sample(schema["items"], root, depth + 1, ok));
        return array;
    }
    if (type == "string") {
        const std::string text = sampleString(schema);
        if (text.empty() && schema.contains("pattern"))
            ok = false;
        return text;
    }
    if (type == "integer") {
        long long value = schema.contains("minimum") ? schema["minimum"].get<long long>() : 1;
        if (schema.contains("exclusiveMinimum"))
            value = schema["exclusiveMinimum"].get<long long>() + 1;
        return value;
    }
    if (type == "number")
        return schema.contains("minimum") ? schema["minimum"].get<double>() + 0.5 : 12.5;
    if (type == "boolean")
        return true;
    if (type == "null")
        return nullptr;
    ok = false;
    return nullptr;
}

bool writeJson(const QString &path, const json &value)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QByteArray::fromStdString(value.dump(2)));
    return true;
}

// A value of the wrong JSON type for `schema`, for the negative sample.
json wrongType(const json &schema)
{
    const std::string type = typeOf(schema);
    if (type == "string")
        return 42;
    if (type == "array" || type == "boolean" || type == "integer" || type == "number")
        return "not a " + type;
    return json::array({"not an object"});
}

} // namespace

class TestSpecValidators : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_models;
    QElapsedTimer m_timer;

    QStringList exported(const QStringList &patterns) { return filesUnder(m_dir.path(), patterns); }

    void report(const char *what, qint64 startedMs)
    {
        qInfo("%s: %.1f s", what, (m_timer.elapsed() - startedMs) / 1000.0);
    }

private slots:
    void initTestCase()
    {
        m_timer.start();
        QVERIFY(m_dir.isValid());
        // Every validator must be there: a missing one fails the suite, it never skips.
        QStringList missing;
        for (const char *name : {"redocly", "ajv", "mmdc"})
            if (!QFileInfo(tool(name)).isExecutable())
                missing << tool(name);
        for (const char *module : {"@asyncapi/parser", "graphql", "ajv-formats", "puppeteer"})
            if (!QFileInfo::exists(kValidators + "/node_modules/" + module + "/package.json"))
                missing << kValidators + "/node_modules/" + module;
        for (const char *program : {"node", "protoc"})
            if (QStandardPaths::findExecutable(program).isEmpty())
                missing << program;
        if (!QFileInfo::exists("/usr/bin/chromium"))
            missing << "/usr/bin/chromium";
        if (!QFileInfo::exists("/usr/include/google/protobuf/struct.proto"))
            missing << "/usr/include/google/protobuf/struct.proto (libprotobuf-dev)";
        if (!missing.isEmpty())
            QFAIL(qPrintable("validators missing (run scripts/install-validators.sh): " + missing.join(", ")));

        m_models = filesUnder(kExamples, {"*.seam.yaml"}) + filesUnder(kTestDir + "/data", {"*.seam.yaml"});
        QVERIFY(m_models.size() >= 2);
        for (const QString &model : m_models) {
            const QString out = m_dir.path() + "/" + QFileInfo(model).completeBaseName().remove(".seam");
            const Run exported = run(
                kCli, {"export", model, "--format", "openapi,asyncapi,jsonschema,proto,graphql,mermaid", "-o", out});
            QVERIFY2(exported.exitCode == 0, qPrintable(model + ":\n" + exported.output));
        }
        report("export", 0);
    }

    void openapiPassesRedocly()
    {
        const qint64 started = m_timer.elapsed();
        const QStringList files = exported({"*.yaml"}).filter("/openapi/");
        QVERIFY(files.size() >= m_models.size());
        const Run lint
            = run(tool("redocly"),
                  QStringList {"lint", "--format=summary", "--config", kValidators + "/redocly.yaml"} + files);
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));
        QVERIFY2(!lint.output.contains(QRegularExpression("^error", QRegularExpression::MultilineOption)),
                 qPrintable(lint.output));
        for (const QString &file : files)
            QVERIFY2(lint.output.contains(QFileInfo(file).fileName() + ": validated"), qPrintable(lint.output));
        report("redocly", started);
    }

    void asyncapiParses()
    {
        const qint64 started = m_timer.elapsed();
        const QStringList files = exported({"*.yaml"}).filter("/asyncapi/");
        QVERIFY(files.size() >= m_models.size()); // every model here has messaging: a document per application
        const Run parsed = run("node", QStringList {kValidators + "/check-asyncapi.mjs"} + files);
        QVERIFY2(parsed.exitCode == 0, qPrintable(parsed.output));
        QCOMPARE(parsed.output.count(": ok ("), files.size());
        report("asyncapi parser", started);
    }

    void jsonSchemasCompileAndValidateEvents()
    {
        const qint64 started = m_timer.elapsed();
        const QStringList schemas = exported({"*.json"}).filter("/schemas/");
        QVERIFY(schemas.size() >= m_models.size());
        const QStringList ajvBase = {"--spec=draft2020", "-c", "ajv-formats", "--all-errors"};
        // ajv resolves -c plugins relative to the working directory.
        const Run compiled = run(
            tool("ajv"), QStringList {"compile"} + ajvBase + QStringList {"-s", m_dir.path() + "/*/schemas/*.json"},
            kValidators);
        QVERIFY2(compiled.exitCode == 0, qPrintable(compiled.output));
        QCOMPARE(compiled.output.count(" is valid"), schemas.size());

        QTemporaryDir samples;
        for (const QString &schemaPath : schemas) {
            QFile file(schemaPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const json schema = json::parse(file.readAll().toStdString());
            bool ok = true;
            const json event = sample(schema, schema, 0, ok);
            QVERIFY2(ok, qPrintable("cannot fill a sample message from " + schemaPath));

            QDir modelDir = QFileInfo(schemaPath).dir();
            modelDir.cdUp();
            const QString stem
                = samples.path() + "/" + modelDir.dirName() + "-" + QFileInfo(schemaPath).completeBaseName();
            QVERIFY(writeJson(stem + ".valid.json", event));
            // A message of the wrong JSON type must fail; a schema without a type accepts any.
            const bool typed = !typeOf(schema).empty();
            QVERIFY(writeJson(stem + ".bad.json", wrongType(schema)));

            // One ajv run per schema for both messages (ajv starts in ~0.6 s): it prints
            // "<file> valid" or "<file> invalid" for each.
            const Run validated = run(tool("ajv"),
                                      QStringList {"validate"} + ajvBase
                                          + QStringList {"-s", schemaPath, "-d", stem + ".{valid,bad}.json"},
                                      kValidators);
            const QString context
                = schemaPath + ":\n" + validated.output + "\nsample message:\n" + QString::fromStdString(event.dump(2));
            QVERIFY2(validated.output.contains(stem + ".valid.json valid"), qPrintable(context));
            if (typed) {
                QVERIFY2(validated.output.contains(stem + ".bad.json invalid"), qPrintable(context));
                QVERIFY2(validated.exitCode != 0, qPrintable(context)); // ajv fails when any file is invalid
            }
        }
        report("ajv", started);
    }

    // A real message, written as a producer sends it, validates against the exported payload
    // schema, and not against the envelope the exporter used to invent; wrapped in the
    // envelope the model asks for, it validates against that.
    void realMessageValidatesAgainstPayloadOnly()
    {
        const QString modelPath = kTestDir + "/data/envelope.seam.yaml";
        QTemporaryDir out;
        const json order = {{"id", "ord-1001"},
                            {"total", 42.5},
                            {"placedAt", "2024-05-01T12:00:00Z"},
                            {"lines", json::array({{{"sku", "ABC-1234"}, {"quantity", 2}}})}};
        QVERIFY(writeJson(out.path() + "/order.json", order));
        const json templated = {{"messageId", "3f2b6c1e-8d4a-4c59-9e7a-2b1d0c9f8e71"},
                                {"eventType", "order.placed"},
                                {"source", "orders"},
                                {"timestamp", "2024-05-01T12:00:00Z"},
                                {"payload", order}};
        QVERIFY(writeJson(out.path() + "/templated.json", templated));
        const json cloudEvent = {{"specversion", "1.0"},
                                 {"id", "evt-1"},
                                 {"source", "/orders"},
                                 {"type", "order.placed"},
                                 {"datacontenttype", "application/json"},
                                 {"data", order}};
        QVERIFY(writeJson(out.path() + "/cloudevent.json", cloudEvent));

        const QStringList ajvBase = {"--spec=draft2020", "-c", "ajv-formats", "--all-errors"};
        const seam::LoadResult loaded = seam::loadModelFromFile(modelPath.toStdString());
        QVERIFY2(loaded.ok(), qPrintable(modelPath));
        // The envelope is set here, not in the file: one model, three exports.
        auto validate = [&](seam::Envelope envelope, const QString &instance) -> QString {
            seam::Model model = *loaded.model;
            model.envelope = envelope;
            const seam::ExportResult exported = seam::findExporter("jsonschema")->run(model, {});
            const QString dir = out.path() + "/" + QString::number(int(envelope));
            if (!exported.ok() || !seam::writeExport(exported, dir.toStdString()).empty())
                return "export failed: " + QString::fromStdString(exported.error);
            const Run validated = run(
                tool("ajv"),
                QStringList {"validate"} + ajvBase
                    + QStringList {"-s", dir + "/schemas/order.placed.v1.json", "-d", out.path() + "/" + instance},
                kValidators);
            return validated.output;
        };
        QString output = validate(seam::Envelope::None, "order.json");
        QVERIFY2(output.contains("order.json valid"), qPrintable(output));
        output = validate(seam::Envelope::Template, "order.json");
        QVERIFY2(output.contains("order.json invalid"), qPrintable(output));
        QVERIFY2(output.contains("'messageId'"), qPrintable(output));
        output = validate(seam::Envelope::Template, "templated.json");
        QVERIFY2(output.contains("templated.json valid"), qPrintable(output));
        output = validate(seam::Envelope::CloudEvents, "cloudevent.json");
        QVERIFY2(output.contains("cloudevent.json valid"), qPrintable(output));
        output = validate(seam::Envelope::CloudEvents, "order.json");
        QVERIFY2(output.contains("order.json invalid"), qPrintable(output));
        // A wrong payload inside a correct envelope still fails.
        json badData = cloudEvent;
        badData["data"]["total"] = "forty-two";
        QVERIFY(writeJson(out.path() + "/bad-data.json", badData));
        output = validate(seam::Envelope::CloudEvents, "bad-data.json");
        QVERIFY2(output.contains("bad-data.json invalid") && output.contains("/data/total"), qPrintable(output));
    }

    void protosCompile()
    {
        const qint64 started = m_timer.elapsed();
        const QStringList files = exported({"*.proto"});
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            const QFileInfo info(file);
            const Run compiled = run("protoc",
                                     {"--proto_path=" + info.path(), "--proto_path=/usr/include",
                                      "--descriptor_set_out=" + m_dir.path() + "/descriptor.pb", info.fileName()},
                                     info.path());
            QVERIFY2(compiled.exitCode == 0, qPrintable(file + ":\n" + compiled.output));
        }
        report("protoc", started);
    }

    void graphqlSchemasBuild()
    {
        const qint64 started = m_timer.elapsed();
        const QStringList files = exported({"*.graphql"});
        QVERIFY(!files.isEmpty());
        const Run built = run("node", QStringList {kValidators + "/check-graphql.mjs"} + files);
        QVERIFY2(built.exitCode == 0, qPrintable(built.output));
        QCOMPARE(built.output.count(": ok ("), files.size());
        report("graphql-js", started);
    }

    void mermaidRenders()
    {
        const qint64 started = m_timer.elapsed();
        const QStringList files = exported({"*.mmd"});
        QVERIFY(files.size() >= m_models.size());
        // One browser for all files (render-mermaid.mjs uses mermaid-cli's API): mmdc
        // would start Chromium once per file.
        const QString out = m_dir.path() + "/svg";
        const Run rendered = run("node", QStringList {kValidators + "/render-mermaid.mjs", out} + files);
        QVERIFY2(rendered.exitCode == 0, qPrintable(rendered.output));
        QCOMPARE(rendered.output.count(": ok ("), files.size());
        // The mmdc command line itself works with the project's puppeteer config.
        const Run mmdc = run(
            tool("mmdc"),
            {"-p", kValidators + "/puppeteer-config.json", "-i", files.first(), "-o", out + "/mmdc-check.svg", "-q"});
        QVERIFY2(mmdc.exitCode == 0, qPrintable(mmdc.output));
        QVERIFY(QFileInfo(out + "/mmdc-check.svg").size() > 1000);
        report("mermaid", started);
    }
};

QTEST_GUILESS_MAIN(TestSpecValidators)
#include "tst_specs_validators.moc"

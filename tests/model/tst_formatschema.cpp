// The JSON Schema of `seam-cli schema`, held against the reader and docs/model-format.md:
// the same keys, the same required keys, the same ranges and spellings, every key documented.
// data/every-field.seam.json uses every key; each check mutates it and loads it as a user would.
#include "formatlimits.h"
#include "formatschema.h"
#include "modelio.h"
#include "modelreader.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <regex>
#include <set>

using nlohmann::json;
using namespace seam;

namespace {

const QString kSource = QStringLiteral(SEAM_SOURCE_DIR);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

LoadResult load(const json &model)
{
    return loadModelFromString(model.dump(2), "every-field.seam.json", FileFormat::Json);
}

QString problems(const LoadResult &loaded)
{
    QString out;
    for (const Diagnostic &d : loaded.diagnostics)
        out += QString::fromStdString(d.toString()) + "\n";
    return out;
}

// A value of the every-field model and the schema that describes it.
struct Leaf {
    json::json_pointer where;
    json schema; // resolved: no $ref
    std::string definition; // the definition whose property it is ("" for none)
};

// Walks the model and the schema together, as a validator would, recording every value.
class SchemaWalk {
public:
    explicit SchemaWalk(const json &schema)
        : m_root(schema)
    {
    }

    void walk(const json &schema, const json &value, const json::json_pointer &where, const std::string &definition)
    {
        if (schema.contains("$ref")) {
            const std::string name = schema["$ref"].get<std::string>().substr(std::string("#/definitions/").size());
            walk(m_root["definitions"][name], value, where, name);
            return;
        }
        if (schema.contains("anyOf")) {
            std::vector<json> matching;
            for (const json &branch : schema["anyOf"])
                if (matchesType(resolve(branch), value))
                    matching.push_back(branch);
            QVERIFY2(!matching.empty(),
                     qPrintable(QString::fromStdString("no branch of anyOf matches " + where.to_string())));
            if (matching.size() == 1)
                walk(matching.front(), value, where, definition);
            else // a suggestion list beside "any text": the value is open, nothing to hold it to
                leaves.push_back({where, json::object(), definition});
            return;
        }
        leaves.push_back({where, schema, definition});
        if (value.is_object()) {
            const json properties = schema.value("properties", json::object());
            for (const auto &[key, item] : value.items()) {
                if (properties.contains(key)) {
                    seen[definition].insert(key);
                    walk(properties[key], item, where / key, definition + "." + key);
                } else if (schema.contains("additionalProperties") && schema["additionalProperties"].is_object()) {
                    walk(schema["additionalProperties"], item, where / key, definition + "." + key);
                }
            }
        } else if (value.is_array() && schema.contains("items")) {
            const json &items = schema["items"];
            for (size_t i = 0; i < value.size(); ++i)
                walk(items.is_array() ? items[i] : items, value[i], where / i, definition + "[]");
        }
    }

    json resolve(const json &schema) const
    {
        if (!schema.contains("$ref"))
            return schema;
        return m_root["definitions"][schema["$ref"].get<std::string>().substr(std::string("#/definitions/").size())];
    }

    static bool matchesType(const json &schema, const json &value)
    {
        if (schema.contains("const"))
            return schema["const"] == value;
        if (schema.contains("enum"))
            return std::find(schema["enum"].begin(), schema["enum"].end(), value) != schema["enum"].end();
        if (!schema.contains("type"))
            return true;
        const json types = schema["type"].is_array() ? schema["type"] : json::array({schema["type"]});
        for (const json &type : types) {
            const std::string t = type;
            if ((t == "object" && value.is_object()) || (t == "array" && value.is_array())
                || (t == "string" && value.is_string()) || (t == "boolean" && value.is_boolean())
                || (t == "number" && value.is_number()) || (t == "integer" && value.is_number_integer()))
                return true;
        }
        return false;
    }

    std::vector<Leaf> leaves;
    std::map<std::string, std::set<std::string>> seen; // definition → keys the model uses

private:
    const json &m_root;
};

// Definitions with a set of known keys: the format's maps. All are closed (additionalProperties:
// false) but `bindings`, which keeps other protocols' keys.
std::map<std::string, json> closedDefinitions(const json &schema)
{
    std::map<std::string, json> out;
    for (const auto &[name, definition] : schema["definitions"].items())
        if (definition.contains("properties"))
            out[name] = definition;
    return out;
}

// "a, b, c": QCOMPARE then prints both sides in full, so a failure names the key.
QString sorted(const std::set<std::string> &keys)
{
    QStringList out;
    for (const std::string &key : keys)
        out << QString::fromStdString(key);
    return out.join(", ");
}

} // namespace

class TestFormatSchema : public QObject {
    Q_OBJECT

    json m_schema;
    json m_model;
    std::vector<Leaf> m_leaves;

    // Loads the model with `where` set to `value` (or removed when value is discarded).
    LoadResult loadWith(const json::json_pointer &where, const json &value)
    {
        json model = m_model;
        if (value.is_discarded())
            model[where.parent_pointer()].erase(where.back());
        else
            model[where] = value;
        return load(model);
    }

    // The reader takes the spelling: no "unknown …" error. Another check may still refuse the
    // value with the rest of the file (`kind: client` on a component with `channels`).
    static bool spellingAccepted(const LoadResult &loaded)
    {
        return std::none_of(loaded.diagnostics.begin(), loaded.diagnostics.end(),
                            [](const Diagnostic &d) { return d.isError() && d.message.starts_with("unknown "); });
    }

private slots:
    void initTestCase()
    {
        m_schema = json::parse(formatJsonSchema());
        m_model = json::parse(readFile(QStringLiteral(SEAM_MODEL_TEST_DATA "/every-field.seam.json")).toStdString());
        SchemaWalk walk(m_schema);
        walk.walk(m_schema, m_model, json::json_pointer(), "");
        m_leaves = walk.leaves;
        QVERIFY(m_leaves.size() > 100);
    }

    void everyFieldModelLoadsWithoutWarnings()
    {
        const LoadResult loaded = load(m_model);
        QVERIFY2(loaded.ok() && loaded.diagnostics.empty(), qPrintable(problems(loaded)));
    }

    // If the reader learns a key, the schema (and so the docs test below) must learn it too.
    void readerAndSchemaKnowTheSameKeys()
    {
        const QString reader = QString::fromUtf8(readFile(kSource + "/model/modelreader.cpp")
                                                 + readFile(kSource + "/model/contractreader.cpp")
                                                 + readFile(kSource + "/model/flowreader.cpp"));
        std::set<std::string> read, required;
        // f.get("key") and f.require("key"); a plain literal, as moc cannot read raw strings with a delimiter.
        static const QRegularExpression call("\\b\\w+\\.(get|require)\\(\"([^\"]+)\"\\)");
        for (const auto &match : call.globalMatch(reader)) {
            read.insert(match.captured(2).toStdString());
            if (match.captured(1) == "require")
                required.insert(match.captured(2).toStdString());
        }
        QVERIFY(read.size() > 50);
        std::set<std::string> schemaKeys, schemaRequired;
        for (const auto &[name, definition] : closedDefinitions(m_schema)) {
            for (const auto &[key, _] : definition["properties"].items())
                schemaKeys.insert(key);
            for (const json &key : definition.value("required", json::array()))
                schemaRequired.insert(key.get<std::string>());
        }
        QCOMPARE(sorted(schemaKeys), sorted(read));
        // The reader may insist on a key it reads with get() (a suppression's reason, with its own
        // message): requiredKeysAreRequiredByTheReader checks the schema's side of that.
        for (const std::string &key : required)
            QVERIFY2(schemaRequired.count(key),
                     qPrintable(QString::fromStdString("the reader requires '" + key + "'; the schema does not")));
    }

    void everyFieldModelUsesEveryKey()
    {
        SchemaWalk walk(m_schema);
        walk.walk(m_schema, m_model, json::json_pointer(), "");
        for (const auto &[name, definition] : closedDefinitions(m_schema)) {
            std::set<std::string> keys;
            for (const auto &[key, _] : definition["properties"].items())
                keys.insert(key);
            QVERIFY2(walk.seen[name] == keys,
                     qPrintable(QString::fromStdString("every-field.seam.json uses of '" + name + "': ")
                                + sorted(walk.seen[name]) + "\n  the format has: " + sorted(keys)));
        }
    }

    void requiredKeysAreRequiredByTheReader()
    {
        int checked = 0;
        for (const Leaf &leaf : m_leaves) {
            for (const json &key : leaf.schema.value("required", json::array())) {
                const LoadResult loaded = loadWith(leaf.where / key.get<std::string>(), json(json::value_t::discarded));
                QVERIFY2(!loaded.ok(),
                         qPrintable(QString::fromStdString(
                             "removing " + (leaf.where / key.get<std::string>()).to_string() + " still loads")));
                ++checked;
            }
        }
        QVERIFY(checked > 15);
    }

    void rangesAreTheReaders()
    {
        int checked = 0;
        for (const Leaf &leaf : m_leaves) {
            const QString where = QString::fromStdString(leaf.where.to_string());
            const bool whole = leaf.schema.value("type", json()) == "integer";
            if (leaf.schema.contains("minimum")) {
                const double minimum = leaf.schema["minimum"];
                const json at = whole ? json(static_cast<long long>(minimum)) : json(minimum);
                const json below = whole ? json(static_cast<long long>(minimum) - 1) : json(minimum - 0.5);
                QVERIFY2(loadWith(leaf.where, at).ok(), qPrintable(where + " = minimum is rejected"));
                QVERIFY2(!loadWith(leaf.where, below).ok(), qPrintable(where + " below the minimum loads"));
                ++checked;
            }
            if (leaf.schema.contains("maximum")) {
                const double maximum = leaf.schema["maximum"];
                QVERIFY2(loadWith(leaf.where, maximum).ok(), qPrintable(where + " = maximum is rejected"));
                QVERIFY2(!loadWith(leaf.where, maximum * 2 + 1).ok(), qPrintable(where + " above the maximum loads"));
                ++checked;
            }
            if (whole) {
                QVERIFY2(!loadWith(leaf.where, 2.5).ok(), qPrintable(where + " = 2.5 loads"));
                QVERIFY2(!loadWith(leaf.where, "7").ok(), qPrintable(where + " = \"7\" loads"));
            }
        }
        QVERIFY(checked > 25);
    }

    void spellingsAreTheReaders()
    {
        int checked = 0;
        for (const Leaf &leaf : m_leaves) {
            const QString where = QString::fromStdString(leaf.where.to_string());
            if (leaf.schema.contains("enum")) {
                for (const json &spelling : leaf.schema["enum"])
                    QVERIFY2(spellingAccepted(loadWith(leaf.where, spelling)),
                             qPrintable(where + " = " + QString::fromStdString(spelling.dump()) + " is rejected"));
                QVERIFY2(!loadWith(leaf.where, "no-such-value").ok(), qPrintable(where + " accepts any text"));
                ++checked;
            }
            if (leaf.schema.contains("const")) {
                QVERIFY2(!loadWith(leaf.where, 2).ok(), qPrintable(where + " accepts another value"));
                ++checked;
            }
            if (leaf.schema.value("type", json()) == "boolean") {
                QVERIFY2(loadWith(leaf.where, false).ok(), qPrintable(where + " = false is rejected"));
                QVERIFY2(!loadWith(leaf.where, "yes").ok(), qPrintable(where + " = \"yes\" loads"));
                ++checked;
            }
        }
        QVERIFY(checked > 20);
    }

    void patternsAreTheReaders_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"orders", "order-service", "a.b_c-d", "v2", "Orders", "-a", "a-", "a--b", "a b", "2fa",
                                 "", "a.", "x_1", "OrderCreated", "Order_v2", "_Order", "order"})
            QTest::newRow(text) << QString(text);
    }
    void patternsAreTheReaders()
    {
        QFETCH(QString, text);
        const std::string s = text.toStdString();
        QCOMPARE(std::regex_search(s, std::regex(std::string(limits::kIdPattern))), isValidId(s));
        QCOMPARE(std::regex_search(s, std::regex(std::string(limits::kSchemaNamePattern))), isValidSchemaName(s));
    }

    // docs/model-format.md has a section per map of the format, titled as the schema's
    // definition, whose table rows are exactly that map's keys.
    void modelFormatDocumentsEveryKey()
    {
        const QStringList lines = QString::fromUtf8(readFile(kSource + "/docs/model-format.md")).split('\n');
        std::map<std::string, std::set<std::string>> documented; // section title → first-column keys
        std::string section;
        static const QRegularExpression heading(R"(^#+\s+(.*?)\s*$)");
        static const QRegularExpression row(R"(^\|\s*`([^`]+)`\s*\|)");
        bool inCode = false;
        for (const QString &line : lines) {
            if (line.startsWith("```"))
                inCode = !inCode;
            if (inCode)
                continue;
            if (const auto match = heading.match(line); match.hasMatch())
                section = match.captured(1).toStdString();
            else if (const auto match = row.match(line); match.hasMatch())
                documented[section].insert(match.captured(1).toStdString());
        }
        for (const auto &[name, definition] : closedDefinitions(m_schema)) {
            const std::string title = definition["title"];
            std::set<std::string> keys;
            for (const auto &[key, _] : definition["properties"].items())
                keys.insert(key);
            QVERIFY2(documented.count(title),
                     qPrintable(QString::fromStdString("no section '" + title + "' with a key table")));
            QVERIFY2(documented[title] == keys,
                     qPrintable(QString::fromStdString("section '" + title + "' lists: ") + sorted(documented[title])
                                + "\n  the format has: " + sorted(keys)));
        }
    }
};

QTEST_APPLESS_MAIN(TestFormatSchema)
#include "tst_formatschema.moc"

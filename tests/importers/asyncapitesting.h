#pragma once
// What the AsyncAPI importer tests share: importing a spec file of data/asyncapi/ and
// reducing an AsyncAPI 2.x or 3.0 document to what both versions say alike, so an
// import → export round trip can be compared structurally.

#include "exporters/exporter.h"
#include "exporters/schemaconvert.h"
#include "importers/importer.h"
#include "tests/common/specdocument.h"

#include <QFile>
#include <QString>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

namespace seam::testing {

using test::diagnosticsText;

inline const QString kAsyncApiData = QStringLiteral(SEAM_IMPORTER_TEST_DIR "/data/asyncapi");

inline std::string readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

inline ImportResult importAsyncApi(const QString &path)
{
    ImportResult result;
    const ImportSource source {path.toStdString(), readText(path)};
    findImporter("asyncapi")->run(source, result);
    return result;
}

// A YAML or JSON document as JSON (unordered: key order is no part of the comparison).
inline nlohmann::json documentJson(const std::string &text, const std::string &name)
{
    Diagnostics diagnostics;
    return test::specDocumentJson(text, name, diagnostics);
}

// `node` with every `$ref: '#/…'` replaced by what it points to.
inline nlohmann::json dereferenced(const nlohmann::json &node, const nlohmann::json &root, int depth = 0)
{
    if (depth > 40)
        return "(cycle)";
    if (node.is_object()) {
        if (node.contains("$ref") && node["$ref"].is_string()) {
            const std::string ref = node["$ref"].get<std::string>();
            if (ref.rfind("#", 0) == 0) {
                const nlohmann::json::json_pointer pointer(ref.substr(1));
                return root.contains(pointer) ? dereferenced(root.at(pointer), root, depth + 1)
                                              : nlohmann::json("(broken " + ref + ")");
            }
        }
        nlohmann::json out = nlohmann::json::object();
        for (auto it = node.begin(); it != node.end(); ++it)
            out[it.key()] = dereferenced(it.value(), root, depth + 1);
        return out;
    }
    if (node.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto &item : node)
            out.push_back(dereferenced(item, root, depth + 1));
        return out;
    }
    return node;
}

// The part of a message both versions carry and the model holds.
inline nlohmann::json canonicalMessage(const nlohmann::json &message)
{
    nlohmann::json out = nlohmann::json::object();
    for (const char *key : {"name", "payload", "headers", "contentType", "x-version"})
        if (message.contains(key))
            out[key] = message[key];
    return out;
}

// {channels: {address: {messages: {name: message}, bindings}},
//  operations: [{action, channel: address, messages: [names], bindings}] sorted}.
inline nlohmann::json canonicalAsyncApi(const nlohmann::json &raw)
{
    const nlohmann::json doc = dereferenced(raw, raw);
    nlohmann::json channels = nlohmann::json::object();
    nlohmann::json operations = nlohmann::json::array();
    const bool v3 = doc.value("asyncapi", "").rfind("3.", 0) == 0;
    auto messagesOf = [](const nlohmann::json &message) {
        nlohmann::json list = nlohmann::json::array();
        if (message.contains("oneOf"))
            for (const auto &each : message["oneOf"])
                list.push_back(canonicalMessage(each));
        else
            list.push_back(canonicalMessage(message));
        return list;
    };
    auto namesOf = [](const nlohmann::json &messages) {
        std::vector<std::string> names;
        for (const auto &m : messages)
            names.push_back(m.value("name", ""));
        std::sort(names.begin(), names.end());
        return names;
    };
    for (auto it = doc["channels"].begin(); it != doc["channels"].end(); ++it) {
        const nlohmann::json &channel = it.value();
        const std::string address = v3 ? channel.value("address", it.key()) : it.key();
        nlohmann::json entry = {{"messages", nlohmann::json::object()},
                                {"bindings", channel.value("bindings", nlohmann::json::object())}};
        if (v3) {
            for (const auto &message : channel.value("messages", nlohmann::json::object()))
                entry["messages"][message.value("name", "")] = canonicalMessage(message);
        } else {
            for (const char *verb : {"subscribe", "publish"}) {
                if (!channel.contains(verb))
                    continue;
                const nlohmann::json &op = channel[verb];
                const nlohmann::json messages = op.contains("message") ? messagesOf(op["message"]) : nlohmann::json();
                for (const auto &m : messages)
                    entry["messages"][m.value("name", "")] = m;
                operations.push_back({{"action", std::string(verb) == "subscribe" ? "send" : "receive"},
                                      {"channel", address},
                                      {"messages", namesOf(messages)},
                                      {"bindings", op.value("bindings", nlohmann::json::object())}});
            }
        }
        channels[address] = entry;
    }
    if (v3 && doc.contains("operations"))
        for (const auto &op : doc["operations"]) {
            const std::string address = op["channel"].value("address", "");
            nlohmann::json messages = nlohmann::json::array();
            if (op.contains("messages"))
                for (const auto &m : op["messages"])
                    messages.push_back(canonicalMessage(m));
            else
                for (const auto &m : op["channel"].value("messages", nlohmann::json::object()))
                    messages.push_back(canonicalMessage(m));
            operations.push_back({{"action", op["action"]},
                                  {"channel", address},
                                  {"messages", namesOf(messages)},
                                  {"bindings", op.value("bindings", nlohmann::json::object())}});
        }
    std::sort(operations.begin(), operations.end(),
              [](const nlohmann::json &a, const nlohmann::json &b) { return a.dump() < b.dump(); });
    return {{"channels", channels}, {"operations", operations}};
}

} // namespace seam::testing

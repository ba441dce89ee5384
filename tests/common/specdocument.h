#pragma once
// Spec documents in tests: a YAML or JSON text as unordered JSON (key order is no part of a
// document's meaning), read by the tree reader the importers use; diagnostics as lines.

#include "exporters/schemaconvert.h"
#include "model/treebuilder.h"

#include <nlohmann/json.hpp>

#include <string>

namespace seam::test {

inline std::string diagnosticsText(const Diagnostics &diagnostics)
{
    std::string out;
    for (const Diagnostic &d : diagnostics)
        out += d.toString() + "\n";
    return out;
}

// nullptr when the text does not parse; `diagnostics` then says why.
inline nlohmann::json specDocumentJson(const std::string &text, const std::string &name, Diagnostics &diagnostics)
{
    SourceNode root;
    if (!readYamlTree(text, name, root, diagnostics))
        return nullptr;
    return nlohmann::json::parse(nodeToJson(root).dump());
}

} // namespace seam::test

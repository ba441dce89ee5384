#pragma once
// Helpers shared by the exporters: number formatting, escaping for Markdown and
// Mermaid, file-name slugs, and a lookup index over a model's components.

#include "model/model.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seam {

// Shortest text that reads back as the same number: 99.95 → "99.95", 300.0 → "300".
std::string numberText(double value);
std::string numberText(long long value);
// Kept for callers written before the rename; the double overload is not offered
// because seam_model already defines seam::formatNumber(double) (model/modelwriter.h).
inline std::string formatNumber(long long value)
{
    return numberText(value);
}

// Markdown running text: backslash-escapes everything Markdown would interpret
// (emphasis, links, HTML tags, headings, table pipes); newlines become spaces.
std::string markdownText(std::string_view text);
// A table cell: like markdownText, but a newline becomes <br> so it stays in its cell.
std::string markdownCell(std::string_view text);
// An inline code span that survives any content (backticks, pipes in tables).
std::string markdownCode(std::string_view text);

// Text for inside a double-quoted Mermaid label ("…") or after `:` in a sequence
// diagram: every character Mermaid's parsers treat specially becomes an entity code
// (#quot; #35; #60; …); newlines become spaces.
std::string mermaidText(std::string_view text);

// A file-name-safe lower-case slug: "Team Orders/EU" → "team-orders-eu". Never empty.
std::string slug(std::string_view text);

// The last path component of a file name ("" stays "").
std::string baseName(std::string_view path);

// Human label of a pattern ("REST", "GraphQL", "pub/sub" …) and of a zone.
std::string_view patternTitle(Pattern pattern);
std::string_view zoneTitle(Zone zone);

std::string join(const std::vector<std::string> &parts, std::string_view separator);

// O(1) lookups by id: Model::findComponent is a linear scan, too slow for the
// 10k-component models exports are benchmarked on.
class ModelIndex {
public:
    explicit ModelIndex(const Model &model);
    const Component *component(std::string_view id) const;
    int componentIndex(std::string_view id) const; // -1 when unknown
    const Integration *integration(std::string_view id) const;
    // Integrations by endpoint, as indices into model.integrationList(), in model order.
    const std::vector<int> &outgoing(int componentIndex) const { return m_outgoing[componentIndex]; }
    const std::vector<int> &incoming(int componentIndex) const { return m_incoming[componentIndex]; }
    // The display name of a component id, or the id itself when it is unknown.
    const std::string &name(const std::string &id) const;
    // Per component (in model order), the integrations of `pattern` that call it with
    // at least one operation: what a spec exporter documents as that component's API.
    std::vector<std::vector<const Integration *>> operationsByCallee(Pattern pattern) const;

private:
    const Model &m_model;
    std::unordered_map<std::string_view, int> m_components;
    std::unordered_map<std::string_view, int> m_integrations;
    std::vector<std::vector<int>> m_outgoing;
    std::vector<std::vector<int>> m_incoming;
};

} // namespace seam

#pragma once
// Helpers shared by the exporters: escaping for Markdown, HTML and
// Mermaid, file-name slugs, and the operations each component offers.

#include "model/model.h"
#include "model/modelindex.h"
#include "model/numbertext.h"

#include <string>
#include <string_view>
#include <vector>

namespace seam {

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

// HTML text or attribute value: & < > " ' become character references.
std::string htmlEscape(std::string_view text);

// A file-name-safe lower-case slug: "Team Orders/EU" → "team-orders-eu". Never empty.
std::string slug(std::string_view text);

// The last path component of a file name ("" stays "").
std::string baseName(std::string_view path);

// Human label of a pattern ("REST", "GraphQL", "pub/sub" …) and of a zone.
std::string_view patternTitle(Pattern pattern);
std::string_view zoneTitle(Zone zone);

std::string join(const std::vector<std::string> &parts, std::string_view separator);

// Per component (in model order), the integrations of `pattern` that call it with
// at least one operation: what a spec exporter documents as that component's API.
std::vector<std::vector<const Integration *>> operationsByCallee(const ModelIndex &index, Pattern pattern);

} // namespace seam

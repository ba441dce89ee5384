#include "openapirefs.h"

#include "model/inputlimits.h"
#include "model/treebuilder.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace seam {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A fragment is URI-encoded ("%7B" for "{" in a path) before it is a JSON pointer.
std::string percentDecoded(const std::string &text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out += static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

Diagnostic errorAt(const std::string &file, const SourceNode &node, std::string message)
{
    return {Diagnostic::Level::Error, file, node.mark(), std::move(message)};
}

} // namespace

void splitRef(const std::string &ref, std::string &file, std::string &pointer)
{
    const size_t hash = ref.find('#');
    file = ref.substr(0, hash);
    pointer = hash == std::string::npos ? std::string() : percentDecoded(ref.substr(hash + 1));
}

std::vector<std::string> pointerSegments(const std::string &pointer)
{
    std::vector<std::string> segments;
    if (pointer.empty())
        return segments;
    size_t at = pointer.front() == '/' ? 1 : 0;
    while (true) {
        const size_t slash = pointer.find('/', at);
        std::string raw = pointer.substr(at, slash == std::string::npos ? std::string::npos : slash - at);
        std::string segment;
        for (size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] == '~' && i + 1 < raw.size() && (raw[i + 1] == '0' || raw[i + 1] == '1')) {
                segment += raw[i + 1] == '0' ? '~' : '/';
                ++i;
            } else {
                segment += raw[i];
            }
        }
        segments.push_back(std::move(segment));
        if (slash == std::string::npos)
            break;
        at = slash + 1;
    }
    return segments;
}

OpenApiRefs::OpenApiRefs(std::string path, SourceNode root, Diagnostics &diagnostics)
    : m_diagnostics(diagnostics)
{
    m_documents.push_back({path, std::move(root), 0, {}});
    std::error_code error;
    const auto canonical = std::filesystem::weakly_canonical(path, error);
    m_byPath[error ? path : canonical.string()] = 0;
}

const SourceNode *OpenApiRefs::walk(Document &document, const std::string &pointer)
{
    const std::vector<std::string> segments = pointerSegments(pointer);
    // The common case, `#/components/schemas/Name`, through an index: a document with
    // thousands of schemas and references would otherwise search the map for each one.
    if (segments.size() == 3 && segments[0] == "components") {
        auto section = document.sections.find(segments[1]);
        if (section == document.sections.end()) {
            std::unordered_map<std::string, const SourceNode *> names;
            const SourceNode *components = document.root.find("components");
            const SourceNode *members = components ? components->find(segments[1]) : nullptr;
            if (members && members->isMap())
                for (size_t i = 0; i < members->size(); ++i)
                    names.emplace(members->keyAt(i), &members->items()[i]);
            section = document.sections.emplace(segments[1], std::move(names)).first;
        }
        const auto found = section->second.find(segments[2]);
        return found == section->second.end() ? nullptr : found->second;
    }
    const SourceNode *node = &document.root;
    for (const std::string &segment : segments) {
        if (node->isMap()) {
            node = node->find(segment);
        } else if (node->isSequence()) {
            char *end = nullptr;
            const unsigned long index = std::strtoul(segment.c_str(), &end, 10);
            node = !segment.empty() && *end == '\0' && index < node->size() ? &node->items()[index] : nullptr;
        } else {
            node = nullptr;
        }
        if (!node)
            return nullptr;
    }
    return node;
}

std::optional<size_t> OpenApiRefs::load(const std::string &file, const SourceNode &ref, size_t from)
{
    namespace fs = std::filesystem;
    const Document &origin = m_documents[from];
    const fs::path resolved = (fs::path(origin.path).parent_path() / file).lexically_normal();
    std::error_code error;
    const fs::path canonical = fs::weakly_canonical(resolved, error);
    const std::string key = error ? resolved.string() : canonical.string();
    if (const auto known = m_byPath.find(key); known != m_byPath.end())
        return known->second;
    if (m_failed.count(key))
        return std::nullopt;
    auto fail = [&](std::string message) {
        m_failed[key] = true;
        m_diagnostics.push_back(errorAt(origin.path, ref, std::move(message)));
        return std::nullopt;
    };
    if (file.find("://") != std::string::npos)
        return fail("$ref " + quoteForMessage(ref.text())
                    + " names a URL; only files next to the document are read (download it and refer to the file)");
    if (origin.depth + 1 > kMaxRefFileDepth)
        return fail("$ref " + quoteForMessage(ref.text()) + " goes more than " + std::to_string(kMaxRefFileDepth)
                    + " files deep");
    if (!fs::is_regular_file(resolved, error))
        return fail("$ref " + quoteForMessage(ref.text()) + ": file " + resolved.string() + " does not exist");
    if (fs::file_size(resolved, error) > limits::kMaxFileBytes)
        return fail("$ref " + quoteForMessage(ref.text()) + ": file " + resolved.string() + " is larger than "
                    + std::to_string(limits::kMaxFileBytes >> 20) + " MiB");
    std::ifstream in(resolved, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in)
        return fail("$ref " + quoteForMessage(ref.text()) + ": cannot read " + resolved.string());
    SourceNode root;
    if (!readYamlTree(text.str(), resolved.string(), root, m_diagnostics)) {
        m_failed[key] = true;
        m_diagnostics.push_back(
            {Diagnostic::Level::Error, origin.path, ref.mark(),
             "$ref " + quoteForMessage(ref.text()) + ": " + resolved.string() + " does not parse (see above)"});
        return std::nullopt;
    }
    m_documents.push_back({resolved.string(), std::move(root), origin.depth + 1, {}});
    m_byPath[key] = m_documents.size() - 1;
    return m_documents.size() - 1;
}

std::optional<OpenApiRefs::Target> OpenApiRefs::resolve(const SourceNode &ref, size_t document)
{
    if (!ref.isScalar() || ref.text().empty()) {
        m_diagnostics.push_back(errorAt(m_documents[document].path, ref, "$ref must be a non-empty string"));
        return std::nullopt;
    }
    std::string file;
    std::string pointer;
    splitRef(ref.text(), file, pointer);
    size_t target = document;
    if (!file.empty()) {
        const std::optional<size_t> loaded = load(file, ref, document);
        if (!loaded)
            return std::nullopt;
        target = *loaded;
    }
    const SourceNode *node = walk(m_documents[target], pointer);
    if (!node) {
        m_diagnostics.push_back(errorAt(m_documents[document].path, ref,
                                        "broken $ref " + quoteForMessage(ref.text()) + ": "
                                            + (file.empty() ? std::string("the document") : m_documents[target].path)
                                            + " has nothing at '#" + pointer + "'"));
        return std::nullopt;
    }
    return Target {node, target, pointer, target != document};
}

std::optional<OpenApiRefs::Target> OpenApiRefs::follow(const SourceNode &node, size_t document)
{
    Target current {&node, document, {}, false};
    for (int hop = 0; hop < kMaxRefChain; ++hop) {
        const SourceNode *ref = current.node->isMap() ? current.node->find("$ref") : nullptr;
        if (!ref)
            return current;
        const bool external = current.external;
        std::optional<Target> next = resolve(*ref, current.document);
        if (!next)
            return std::nullopt;
        next->external = next->external || external;
        current = *next;
    }
    m_diagnostics.push_back(errorAt(m_documents[document].path, node,
                                    "$ref chain longer than " + std::to_string(kMaxRefChain) + " (circular?)"));
    return std::nullopt;
}

void OpenApiRefs::checkAll(const SourceNode &node, size_t document)
{
    if (node.isSequence()) {
        for (const SourceNode &item : node.items())
            checkAll(item, document);
        return;
    }
    if (!node.isMap())
        return;
    for (size_t i = 0; i < node.size(); ++i) {
        const std::string &key = node.keyAt(i);
        const SourceNode &value = node.items()[i];
        if (key == "$ref" && value.isScalar())
            resolve(value, document);
        else if (key != "example" && key != "examples" && key.rfind("x-", 0) != 0)
            checkAll(value, document);
    }
}

} // namespace seam

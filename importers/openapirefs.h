#pragma once
// `$ref` resolution for the OpenAPI importer: JSON pointers into the document
// itself and into other files, read relative to the document that refers to
// them (at most kMaxRefFileDepth files deep). Every failure is an error naming
// the `$ref`'s FILE:LINE:COLUMN.

#include "model/diagnostic.h"
#include "model/sourcenode.h"

#include <deque>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace seam {

class OpenApiRefs {
public:
    static constexpr int kMaxRefFileDepth = 8;
    static constexpr int kMaxRefChain = 32; // a $ref to a $ref to …

    struct Target {
        const SourceNode *node = nullptr;
        size_t document = 0; // index into the documents read
        std::string pointer; // the fragment, "" for the whole document
        bool external = false; // in another file than the one that refers to it
    };

    OpenApiRefs(std::string path, SourceNode root, Diagnostics &diagnostics);

    const SourceNode &root(size_t document) const { return m_documents[document].root; }
    const std::string &path(size_t document) const { return m_documents[document].path; }

    // The node `ref` (a `$ref` value written in `document`) points to, or nullopt after
    // reporting why not.
    std::optional<Target> resolve(const SourceNode &ref, size_t document);
    // Follows `$ref` until a node without one (nullopt on a broken or circular chain).
    std::optional<Target> follow(const SourceNode &node, size_t document);

    // Checks every `$ref` below `node` (not inside examples or extensions, which are data).
    void checkAll(const SourceNode &node, size_t document);

private:
    struct Document {
        std::string path;
        SourceNode root;
        int depth = 0;
        // /components/<section>/<name> → node, built on first use: maps are searched linearly.
        std::unordered_map<std::string, std::unordered_map<std::string, const SourceNode *>> sections;
    };
    std::optional<size_t> load(const std::string &file, const SourceNode &ref, size_t from);
    const SourceNode *walk(Document &document, const std::string &pointer);

    std::deque<Document> m_documents; // stable addresses
    std::map<std::string, size_t> m_byPath;
    std::map<std::string, bool> m_failed; // files that could not be read: reported once
    Diagnostics &m_diagnostics;
};

// Splits "file#/a/b" into its file ("" for a local reference) and fragment ("/a/b").
void splitRef(const std::string &ref, std::string &file, std::string &pointer);
// The unescaped segments of a JSON pointer ("/a~1b/c" → {"a/b", "c"}).
std::vector<std::string> pointerSegments(const std::string &pointer);

} // namespace seam

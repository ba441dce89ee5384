#pragma once
// Assembles a SourceNode tree from a stream of parser events (YAML or JSON),
// checking what both formats share: keys are scalars and unique in their map.

#include "diagnostic.h"
#include "sourcenode.h"

#include <optional>
#include <string>
#include <vector>

namespace seam {

class TreeBuilder {
public:
    TreeBuilder(std::string fileName, Diagnostics &diagnostics);

    // `begin`/`end`: byte offsets of the collection in the source text (its Span).
    void startMap(Mark mark, bool flow, size_t begin = Span::npos);
    void startSequence(Mark mark, bool flow, size_t begin = Span::npos);
    void endContainer(size_t end = Span::npos);
    void value(SourceNode node); // a scalar or null; in a map without a pending key it becomes the key
    void key(std::string text, Mark mark, Span span = {});

    bool done() const { return m_root.has_value(); }
    const SourceNode *lastCompleted() const { return m_lastCompleted; }
    SourceNode takeRoot();

private:
    void complete(SourceNode node);
    void error(Mark mark, std::string message);

    struct Open {
        SourceNode node;
        std::optional<SourceNode> pendingKey;
    };
    std::string m_fileName;
    Diagnostics &m_diagnostics;
    std::vector<Open> m_stack;
    std::optional<SourceNode> m_root;
    const SourceNode *m_lastCompleted = nullptr;
};

// Readers: fill `root` and return true, or report the syntax error and return false.
bool readYamlTree(const std::string &text, const std::string &fileName, SourceNode &root, Diagnostics &diagnostics);
bool readJsonTree(const std::string &text, const std::string &fileName, SourceNode &root, Diagnostics &diagnostics);

} // namespace seam

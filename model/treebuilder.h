#pragma once
// Assembles a SourceNode tree from a stream of parser events (YAML or JSON),
// checking what both formats share: keys are scalars and unique in their map,
// nesting, scalar sizes and numbers stay within model/inputlimits.h.

#include "diagnostic.h"
#include "sourcenode.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace seam {

class TreeBuilder {
public:
    TreeBuilder(std::string fileName, Diagnostics &diagnostics);

    // `anchor` (YAML only) names the node for later aliases; it is copied when the node completes.
    // `begin`/`end`: byte offsets of the collection in the source text (its Span).
    void startMap(Mark mark, bool flow, const std::string &anchor = {}, size_t begin = Span::npos);
    void startSequence(Mark mark, bool flow, const std::string &anchor = {}, size_t begin = Span::npos);
    void endContainer(size_t end = Span::npos);
    void value(SourceNode node, const std::string &anchor = {}); // in a map without a pending key it becomes the key
    // `span` is the alias's own text: the copy gets no spans of the anchor's text, so no edit lands there.
    void alias(const std::string &anchor, Mark mark, Span span = {});
    void key(std::string text, Mark mark, Span span = {});

    // A limit was exceeded: the reader must stop feeding events (the error is reported).
    bool stopped() const { return m_stopped; }
    bool expectsKey() const;
    bool done() const { return m_root.has_value(); }
    SourceNode takeRoot();

    // Report a parser's syntax error ("YAML syntax: …"). Inside an open flow '[' or '{', the
    // error names where that was opened: as the place to fix when the parser ran to the end
    // of `text` (the bracket is unclosed), else as context.
    // `unclosed`: the parser's message says so (input ended, or a bracket of the other kind closed).
    void syntaxError(const std::string &text, const std::string &language, Mark noticed, const std::string &message,
                     bool unclosed = false);
    bool innermostOpenIs(SourceNode::Type type) const { return !m_stack.empty() && m_stack.back().node.type() == type; }
    void numberOutOfRange(Mark mark, const std::string &text);
    // A quoted string the parser saw run on: reported where its quote was opened.
    void unclosedQuote(const std::string &language, Mark opened, char quote, Mark noticed, const std::string &message);

private:
    // How much a subtree holds, counted for the alias-expansion bound.
    struct Size {
        std::size_t nodes = 0;
        std::size_t textBytes = 0;
        Size &operator+=(const Size &other)
        {
            nodes += other.nodes;
            textBytes += other.textBytes;
            return *this;
        }
    };
    struct Open {
        SourceNode node;
        std::string anchor;
        Size size {1, 0};
        std::optional<SourceNode> pendingKey;
        std::unordered_map<std::string, size_t> keyIndex; // built once a map is large, so duplicate checks stay linear
    };
    struct Anchored {
        SourceNode node;
        Size size;
    };
    void start(SourceNode node, const std::string &anchor);
    void complete(SourceNode node, Size size, const std::string &anchor);
    bool checkScalar(const SourceNode &node);
    bool charge(Size size, Mark mark, const std::string &anchor);
    bool count(std::size_t nodes, Mark mark);
    const SourceNode *findKey(Open &parent, const std::string &key);
    void error(Mark mark, std::string message);

    std::string m_fileName;
    Diagnostics &m_diagnostics;
    std::vector<Open> m_stack;
    std::optional<SourceNode> m_root;
    std::unordered_map<std::string, Anchored> m_anchors;
    Size m_copied;
    std::size_t m_nodes = 0;
    bool m_stopped = false;
};

std::string toString(Mark mark); // "LINE:COLUMN"
Mark endOfText(const std::string &text); // just past the last character
int lastContentLine(const std::string &text); // the last line holding more than white space

// Readers: fill `root` and return true, or report the syntax error and return false.
bool readYamlTree(const std::string &text, const std::string &fileName, SourceNode &root, Diagnostics &diagnostics);
// Every document of a multi-document YAML stream (`---` separated), e.g. Kubernetes manifests.
bool readYamlStream(const std::string &text, const std::string &fileName, std::vector<SourceNode> &documents,
                    Diagnostics &diagnostics);
bool readJsonTree(const std::string &text, const std::string &fileName, SourceNode &root, Diagnostics &diagnostics);

} // namespace seam

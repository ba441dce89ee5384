#include "treebuilder.h"

#include "inputlimits.h"

#include <algorithm>

namespace seam {

namespace {
// Maps up to this size are checked for duplicate keys by scanning; larger ones get a hash index.
constexpr size_t kIndexKeysFrom = 16;
} // namespace

TreeBuilder::TreeBuilder(std::string fileName, Diagnostics &diagnostics)
    : m_fileName(std::move(fileName))
    , m_diagnostics(diagnostics)
{
}

void TreeBuilder::startMap(Mark mark, bool flow, const std::string &anchor, size_t begin)
{
    SourceNode node = SourceNode::map(mark);
    node.setFlowStyle(flow);
    node.setSpan({begin, Span::npos});
    start(std::move(node), anchor);
}

void TreeBuilder::startSequence(Mark mark, bool flow, const std::string &anchor, size_t begin)
{
    SourceNode node = SourceNode::sequence(mark);
    node.setFlowStyle(flow);
    node.setSpan({begin, Span::npos});
    start(std::move(node), anchor);
}

void TreeBuilder::start(SourceNode node, const std::string &anchor)
{
    if (m_stopped)
        return;
    if (m_stack.size() >= static_cast<size_t>(limits::kMaxNestingDepth)) {
        error(node.mark(),
              "maps and lists nested deeper than " + std::to_string(limits::kMaxNestingDepth)
                  + " levels; Seam reads at most " + std::to_string(limits::kMaxNestingDepth));
        m_stopped = true;
        return;
    }
    if (!count(1, node.mark()))
        return;
    m_stack.push_back({std::move(node), anchor, Size {1, 0}, std::nullopt, {}});
}

void TreeBuilder::endContainer(size_t end)
{
    if (m_stopped || m_stack.empty())
        return;
    Open open = std::move(m_stack.back());
    m_stack.pop_back();
    open.node.setSpan({open.node.span().begin, end});
    complete(std::move(open.node), open.size, open.anchor);
}

bool TreeBuilder::expectsKey() const
{
    return !m_stack.empty() && m_stack.back().node.isMap() && !m_stack.back().pendingKey;
}

void TreeBuilder::key(std::string text, Mark mark, Span span)
{
    if (m_stopped || m_stack.empty())
        return;
    SourceNode node = SourceNode::scalar(std::move(text), true, mark);
    node.setSpan(span);
    if (!count(1, mark))
        return;
    checkScalar(node);
    m_stack.back().size += Size {1, node.text().size()};
    m_stack.back().pendingKey = std::move(node);
}

void TreeBuilder::value(SourceNode node, const std::string &anchor)
{
    if (m_stopped || !count(1, node.mark()))
        return;
    if (!checkScalar(node))
        node = SourceNode::null(node.mark()); // reported; a placeholder keeps keys and values paired
    const Size size {1, node.text().size()};
    complete(std::move(node), size, anchor);
}

void TreeBuilder::alias(const std::string &anchor, Mark mark, Span span)
{
    if (m_stopped)
        return;
    auto it = m_anchors.find(anchor);
    if (it == m_anchors.end()) {
        error(mark, "alias '*" + anchor + "' names no anchor '&" + anchor + "' written before it");
        complete(SourceNode::null(mark), Size {1, 0}, {});
        return;
    }
    if (!charge(it->second.size, mark, anchor) || !count(it->second.size.nodes, mark))
        return;
    SourceNode copy = it->second.node;
    copy.setMark(mark);
    copy.clearSpans();
    copy.setSpan(span);
    complete(std::move(copy), it->second.size, {});
}

// Values must fit kMaxScalarBytes (reported, kept); numbers must fit the 64-bit types every
// consumer reads them into: signed or unsigned 64-bit integers exactly, larger whole numbers
// (schema bounds in real specs) as doubles (reported; false: the value is unusable).
bool TreeBuilder::checkScalar(const SourceNode &node)
{
    if (node.text().size() > limits::kMaxScalarBytes)
        error(node.mark(),
              "this value is " + std::to_string(node.text().size()) + " bytes long; Seam reads at most "
                  + std::to_string(limits::kMaxScalarBytes) + " bytes (1 MiB) in one value");
    if (!node.isScalar() || node.quoted() || expectsKey())
        return true;
    const PlainScalarKind kind = resolvePlainScalar(node.text());
    long long integer = 0;
    unsigned long long large = 0;
    double number = 0;
    if ((kind == PlainScalarKind::Int && !node.toInt(integer) && !node.toUnsigned(large) && !node.toDouble(number))
        || (kind == PlainScalarKind::Float && !node.toDouble(number))) {
        numberOutOfRange(node.mark(), node.text());
        return false;
    }
    return true;
}

void TreeBuilder::numberOutOfRange(Mark mark, const std::string &text)
{
    const bool whole = resolvePlainScalar(text) == PlainScalarKind::Int;
    error(mark,
          (whole ? "the whole number " : "the number ") + quoteForMessage(text)
              + (whole ? " is out of range of a 64-bit number (about -1.8e308 to 1.8e308)"
                       : " is out of range of a 64-bit number (about 2.2e-308 to 1.8e308)")
              + "; quote it to keep it as text");
}

// Anchored nodes and alias copies count against one budget, so no alias bomb can exhaust memory.
bool TreeBuilder::charge(Size size, Mark mark, const std::string &anchor)
{
    m_copied += size;
    if (m_copied.nodes <= limits::kMaxAliasNodes && m_copied.textBytes <= limits::kMaxAliasTextBytes)
        return true;
    error(mark,
          "anchor or alias '" + anchor + "' makes the copies of anchors and aliases exceed "
              + std::to_string(limits::kMaxAliasNodes) + " nodes or 64 MiB of text; Seam stops here to bound memory");
    m_stopped = true;
    return false;
}

bool TreeBuilder::count(std::size_t nodes, Mark mark)
{
    m_nodes += nodes;
    if (m_nodes <= limits::kMaxNodes)
        return true;
    error(mark,
          "the document holds more than " + std::to_string(limits::kMaxNodes)
              + " values, maps and lists; Seam stops here to bound memory");
    m_stopped = true;
    return false;
}

const SourceNode *TreeBuilder::findKey(Open &parent, const std::string &key)
{
    if (parent.node.size() < kIndexKeysFrom)
        return parent.node.find(key);
    if (parent.keyIndex.empty())
        for (size_t i = 0; i < parent.node.size(); ++i)
            parent.keyIndex.emplace(parent.node.keyAt(i), i);
    auto it = parent.keyIndex.find(key);
    return it == parent.keyIndex.end() ? nullptr : &parent.node.items()[it->second];
}

void TreeBuilder::complete(SourceNode node, Size size, const std::string &anchor)
{
    // The anchor keeps its own copy, taken before the node moves: nothing points into the tree.
    if (!anchor.empty()) {
        if (!charge(size, node.mark(), anchor))
            return;
        m_anchors[anchor] = {node, size};
    }
    if (m_stack.empty()) {
        m_root = std::move(node);
        return;
    }
    Open &parent = m_stack.back();
    parent.size += size;
    if (parent.node.isSequence()) {
        parent.node.append(std::move(node));
        return;
    }
    if (!parent.pendingKey) {
        if (!node.isScalar() && !node.isNull())
            error(node.mark(), "a key must be a plain string, not a list or a map");
        parent.pendingKey = std::move(node);
        return;
    }
    SourceNode key = std::move(*parent.pendingKey);
    parent.pendingKey.reset();
    if (const SourceNode *existing = findKey(parent, key.text())) {
        error(key.mark(),
              "duplicate key " + quoteForMessage(key.text()) + " (first written at line "
                  + std::to_string(existing->mark().line) + ")");
        return;
    }
    if (!parent.keyIndex.empty()) // built by findKey once the map reached kIndexKeysFrom
        parent.keyIndex.emplace(key.text(), parent.node.size());
    parent.node.insert(key.text(), std::move(node), key.mark(), key.span());
}

void TreeBuilder::syntaxError(const std::string &text, const std::string &language, Mark noticed,
                              const std::string &message, bool unclosed)
{
    const std::string prefix = language + " syntax: ";
    if (m_stack.empty() || !m_stack.back().node.flowStyle()
        || (!unclosed && noticed.line <= m_stack.back().node.mark().line)) {
        error(noticed, prefix + message);
        return;
    }
    const SourceNode &open = m_stack.back().node;
    const std::string bracket = open.isMap() ? "'{'" : "'['";
    if (unclosed || noticed.line > lastContentLine(text))
        error(open.mark(),
              prefix + "unclosed " + bracket + " opened here; noticed at " + toString(noticed) + ": " + message);
    else
        error(noticed, prefix + message + " (inside the " + bracket + " opened at " + toString(open.mark()) + ")");
}

void TreeBuilder::unclosedQuote(const std::string &language, Mark opened, char quote, Mark noticed,
                                const std::string &message)
{
    error(opened,
          language + " syntax: unclosed '" + std::string(1, quote) + "' opened here; noticed at " + toString(noticed)
              + ": " + message);
}

std::string toString(Mark mark)
{
    return std::to_string(mark.line) + ":" + std::to_string(mark.column);
}

Mark endOfText(const std::string &text)
{
    Mark mark {1, 1};
    for (char c : text) {
        if (c == '\n')
            ++mark.line, mark.column = 1;
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) // count characters, not UTF-8 continuation bytes
            ++mark.column;
    }
    return mark;
}

int lastContentLine(const std::string &text)
{
    const size_t last = text.find_last_not_of(" \t\r\n");
    if (last == std::string::npos)
        return 0;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(last), '\n'));
}

void TreeBuilder::error(Mark mark, std::string message)
{
    m_diagnostics.push_back({Diagnostic::Level::Error, m_fileName, mark, std::move(message)});
}

SourceNode TreeBuilder::takeRoot()
{
    return m_root ? std::move(*m_root) : SourceNode();
}

} // namespace seam

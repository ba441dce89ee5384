#include "treebuilder.h"

namespace seam {

TreeBuilder::TreeBuilder(std::string fileName, Diagnostics &diagnostics)
    : m_fileName(std::move(fileName))
    , m_diagnostics(diagnostics)
{
}

void TreeBuilder::startMap(Mark mark, bool flow, size_t begin)
{
    SourceNode node = SourceNode::map(mark);
    node.setFlowStyle(flow);
    node.setSpan({begin, Span::npos});
    m_stack.push_back({std::move(node), std::nullopt});
}

void TreeBuilder::startSequence(Mark mark, bool flow, size_t begin)
{
    SourceNode node = SourceNode::sequence(mark);
    node.setFlowStyle(flow);
    node.setSpan({begin, Span::npos});
    m_stack.push_back({std::move(node), std::nullopt});
}

void TreeBuilder::endContainer(size_t end)
{
    if (m_stack.empty())
        return;
    SourceNode node = std::move(m_stack.back().node);
    m_stack.pop_back();
    node.setSpan({node.span().begin, end});
    complete(std::move(node));
}

void TreeBuilder::key(std::string text, Mark mark, Span span)
{
    if (!m_stack.empty()) {
        m_stack.back().pendingKey = SourceNode::scalar(std::move(text), true, mark);
        m_stack.back().pendingKey->setSpan(span);
    }
}

void TreeBuilder::value(SourceNode node) { complete(std::move(node)); }

void TreeBuilder::complete(SourceNode node)
{
    if (m_stack.empty()) {
        m_root = std::move(node);
        m_lastCompleted = &*m_root;
        return;
    }
    Open &parent = m_stack.back();
    if (parent.node.isSequence()) {
        parent.node.append(std::move(node));
        m_lastCompleted = &parent.node.items().back();
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
    if (const SourceNode *existing = parent.node.find(key.text())) {
        error(key.mark(), "duplicate key '" + key.text() + "' (first written at line "
                              + std::to_string(existing->mark().line) + ")");
        return;
    }
    parent.node.insert(key.text(), std::move(node), key.mark(), key.span());
    m_lastCompleted = &parent.node.items().back();
}

void TreeBuilder::error(Mark mark, std::string message)
{
    m_diagnostics.push_back({Diagnostic::Level::Error, m_fileName, mark, std::move(message)});
}

SourceNode TreeBuilder::takeRoot() { return m_root ? std::move(*m_root) : SourceNode(); }

} // namespace seam

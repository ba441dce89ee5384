// YAML → SourceNode through yaml-cpp's event API: building YAML::Node trees is
// what makes YAML::Load slow on large models, so we build our own tree directly.
#include "treebuilder.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>

namespace seam {

namespace {

Mark toMark(const YAML::Mark &mark) { return {mark.line + 1, mark.column + 1}; }

class YamlTreeHandler : public YAML::EventHandler {
public:
    explicit YamlTreeHandler(TreeBuilder &builder)
        : m_builder(builder)
    {
    }

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        m_builder.value(SourceNode::null(toMark(mark)));
        remember(anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        auto it = m_anchors.find(anchor);
        SourceNode copy = it != m_anchors.end() ? it->second : SourceNode::null();
        copy.setMark(toMark(mark));
        m_builder.value(std::move(copy));
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        // yaml-cpp tags plain scalars "?" and quoted or block scalars "!": only plain ones are typed.
        m_builder.value(SourceNode::scalar(value, tag != "?", toMark(mark)));
        remember(anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        m_builder.startSequence(toMark(mark), style == YAML::EmitterStyle::Flow);
        m_openAnchors.push_back(anchor);
    }
    void OnSequenceEnd() override { endContainer(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        m_builder.startMap(toMark(mark), style == YAML::EmitterStyle::Flow);
        m_openAnchors.push_back(anchor);
    }
    void OnMapEnd() override { endContainer(); }

private:
    void endContainer()
    {
        m_builder.endContainer();
        const YAML::anchor_t anchor = m_openAnchors.back();
        m_openAnchors.pop_back();
        remember(anchor);
    }

    void remember(YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor && m_builder.lastCompleted())
            m_anchors[anchor] = *m_builder.lastCompleted();
    }

    TreeBuilder &m_builder;
    std::vector<YAML::anchor_t> m_openAnchors;
    std::unordered_map<YAML::anchor_t, SourceNode> m_anchors;
};

} // namespace

bool readYamlTree(const std::string &text, const std::string &fileName, SourceNode &root, Diagnostics &diagnostics)
{
    std::istringstream stream(text);
    TreeBuilder builder(fileName, diagnostics);
    YamlTreeHandler handler(builder);
    try {
        YAML::Parser parser(stream);
        parser.HandleNextDocument(handler);
    } catch (const YAML::Exception &e) {
        diagnostics.push_back({Diagnostic::Level::Error, fileName, toMark(e.mark), "YAML syntax: " + e.msg});
        return false;
    }
    root = builder.takeRoot();
    return true;
}

} // namespace seam

// YAML → SourceNode through libfyaml's event parser. Measured on a 9 MB model,
// yaml-cpp's scanner alone took 2.5× as long as libfyaml's (BENCHMARKS.md), and
// building yaml-cpp Node trees was slower still, so we build our own tree from events.
#include "treebuilder.h"

#include <libfyaml.h>

#include <cstdlib>
#include <memory>
#include <unordered_map>

namespace seam {

namespace {

Mark toMark(const fy_mark *mark) { return mark ? Mark{mark->line + 1, mark->column + 1} : Mark{}; }
size_t offsetOf(const fy_mark *mark) { return mark ? mark->input_pos : Span::npos; }
Span spanOf(fy_event *event) { return {offsetOf(fy_event_start_mark(event)), offsetOf(fy_event_end_mark(event))}; }

std::string tokenText(fy_token *token)
{
    size_t length = 0;
    const char *text = token ? fy_token_get_text(token, &length) : nullptr;
    return text ? std::string(text, length) : std::string();
}

// libfyaml reports syntax errors through a diagnostic object that prints
// "FILE:LINE:COLUMN: error: MESSAGE"; capture the first one instead of printing it.
struct SyntaxError {
    Mark mark;
    std::string message;
};

void captureDiagnostic(fy_diag *, void *user, const char *buffer, size_t length)
{
    auto *error = static_cast<SyntaxError *>(user);
    if (!error->message.empty())
        return;
    const std::string_view text(buffer, length);
    const size_t marker = text.find(": error: ");
    if (marker == std::string_view::npos)
        return;
    // Walk back over ":LINE:COLUMN" before the marker.
    const size_t columnStart = text.rfind(':', marker - 1);
    const size_t lineStart = columnStart == std::string_view::npos ? columnStart : text.rfind(':', columnStart - 1);
    if (lineStart != std::string_view::npos) {
        error->mark.line = std::atoi(std::string(text.substr(lineStart + 1, columnStart - lineStart - 1)).c_str());
        error->mark.column = std::atoi(std::string(text.substr(columnStart + 1, marker - columnStart - 1)).c_str());
    }
    std::string_view message = text.substr(marker + 9);
    message = message.substr(0, message.find('\n'));
    error->message = std::string(message);
}

struct DiagDeleter {
    void operator()(fy_diag *diag) const { fy_diag_destroy(diag); }
};

struct ParserDeleter {
    void operator()(fy_parser *parser) const { fy_parser_destroy(parser); }
};
struct EventDeleter {
    fy_parser *parser;
    void operator()(fy_event *event) const { fy_parser_event_free(parser, event); }
};

class YamlTreeReader {
public:
    YamlTreeReader(TreeBuilder &builder)
        : m_builder(builder)
    {
    }

    // Returns false once the first document is complete.
    bool handle(fy_event *event)
    {
        switch (event->type) {
        case FYET_DOCUMENT_START:
            return ++m_documents == 1;
        case FYET_MAPPING_START:
            m_builder.startMap(toMark(fy_event_start_mark(event)), fy_event_get_node_style(event) == FYNS_FLOW,
                               offsetOf(fy_event_start_mark(event)));
            m_openAnchors.push_back(tokenText(event->mapping_start.anchor));
            break;
        case FYET_SEQUENCE_START:
            m_builder.startSequence(toMark(fy_event_start_mark(event)), fy_event_get_node_style(event) == FYNS_FLOW,
                                    offsetOf(fy_event_start_mark(event)));
            m_openAnchors.push_back(tokenText(event->sequence_start.anchor));
            break;
        case FYET_MAPPING_END:
        case FYET_SEQUENCE_END:
            m_builder.endContainer(offsetOf(fy_event_end_mark(event)));
            remember(m_openAnchors.back());
            m_openAnchors.pop_back();
            break;
        case FYET_SCALAR:
            scalar(event);
            break;
        case FYET_ALIAS: {
            auto it = m_anchors.find(tokenText(event->alias.anchor));
            SourceNode copy = it != m_anchors.end() ? it->second : SourceNode::null();
            copy.setMark(toMark(fy_event_start_mark(event)));
            copy.clearSpans(); // the anchor's text is not this node's: editing it must not go there
            copy.setSpan(spanOf(event));
            m_builder.value(std::move(copy));
            break;
        }
        default:
            break;
        }
        return true;
    }

private:
    void scalar(fy_event *event)
    {
        fy_token *value = event->scalar.value;
        const Mark mark = toMark(fy_event_start_mark(event));
        // Only plain, untagged scalars are typed (null, bool, number); quoted and block ones are strings.
        const bool plain = !value || fy_token_scalar_style(value) == FYSS_PLAIN;
        const bool quoted = !plain || event->scalar.tag != nullptr;
        std::string text = tokenText(value);
        SourceNode node = !quoted && resolvePlainScalar(text) == PlainScalarKind::Null
                              ? SourceNode::null(mark.valid() ? mark : m_lastMark)
                              : SourceNode::scalar(std::move(text), quoted, mark);
        if (value)
            node.setSpan(spanOf(event));
        m_builder.value(std::move(node));
        if (mark.valid())
            m_lastMark = mark;
        remember(tokenText(event->scalar.anchor));
    }

    void remember(const std::string &anchor)
    {
        if (!anchor.empty() && m_builder.lastCompleted())
            m_anchors[anchor] = *m_builder.lastCompleted();
    }

    TreeBuilder &m_builder;
    int m_documents = 0;
    Mark m_lastMark;
    std::vector<std::string> m_openAnchors;
    std::unordered_map<std::string, SourceNode> m_anchors;
};

} // namespace

bool readYamlTree(const std::string &text, const std::string &fileName, SourceNode &root, Diagnostics &diagnostics)
{
    SyntaxError syntaxError;
    fy_diag_cfg diagConfig{};
    fy_diag_cfg_default(&diagConfig);
    diagConfig.fp = nullptr;
    diagConfig.output_fn = captureDiagnostic;
    diagConfig.user = &syntaxError;
    diagConfig.colorize = false;
    diagConfig.show_source = false;
    diagConfig.show_position = true;
    diagConfig.show_type = true;
    std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diagConfig));
    fy_parse_cfg config{};
    config.flags = FYPCF_QUIET;
    config.diag = diag.get();
    std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&config));
    if (!parser || fy_parser_set_string(parser.get(), text.data(), text.size()) != 0) {
        diagnostics.push_back({Diagnostic::Level::Error, fileName, {}, "cannot start the YAML parser"});
        return false;
    }
    TreeBuilder builder(fileName, diagnostics);
    YamlTreeReader reader(builder);
    while (fy_event *raw = fy_parser_parse(parser.get())) {
        std::unique_ptr<fy_event, EventDeleter> event(raw, EventDeleter{parser.get()});
        if (!reader.handle(event.get()))
            break;
    }
    if (fy_parser_get_stream_error(parser.get())) {
        diagnostics.push_back({Diagnostic::Level::Error, fileName, syntaxError.mark,
                               "YAML syntax: " + (syntaxError.message.empty() ? std::string("invalid YAML") : syntaxError.message)});
        return false;
    }
    root = builder.takeRoot();
    return true;
}

} // namespace seam

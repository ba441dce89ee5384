// YAML → SourceNode through libfyaml's event parser. Measured on a 9 MB model,
// yaml-cpp's scanner alone took 2.5× as long as libfyaml's (BENCHMARKS.md), and
// building yaml-cpp Node trees was slower still, so we build our own tree from events.
#include "textcheck.h"
#include "treebuilder.h"

#include <libfyaml.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace seam {

namespace {

Mark toMark(const fy_mark *mark)
{
    return mark ? Mark {mark->line + 1, mark->column + 1} : Mark {};
}
size_t offsetOf(const fy_mark *mark)
{
    return mark ? mark->input_pos : Span::npos;
}
Span spanOf(fy_event *event)
{
    return {offsetOf(fy_event_start_mark(event)), offsetOf(fy_event_end_mark(event))};
}

// libfyaml marks an alias after its '*'; point at the '*' the user wrote.
Mark aliasMark(const fy_mark *mark)
{
    Mark at = toMark(mark);
    if (at.column > 1)
        --at.column;
    return at;
}

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
                               tokenText(event->mapping_start.anchor), offsetOf(fy_event_start_mark(event)));
            break;
        case FYET_SEQUENCE_START:
            m_builder.startSequence(toMark(fy_event_start_mark(event)), fy_event_get_node_style(event) == FYNS_FLOW,
                                    tokenText(event->sequence_start.anchor), offsetOf(fy_event_start_mark(event)));
            break;
        case FYET_MAPPING_END:
        case FYET_SEQUENCE_END:
            m_builder.endContainer(offsetOf(fy_event_end_mark(event)));
            break;
        case FYET_SCALAR:
            scalar(event);
            break;
        case FYET_ALIAS:
            m_builder.alias(tokenText(event->alias.anchor), aliasMark(fy_event_start_mark(event)), spanOf(event));
            break;
        default:
            break;
        }
        return !m_builder.stopped();
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
        const std::string anchor = tokenText(event->scalar.anchor);
        // A key is always text: `null:` and `~:` name keys "null" and "~", not an empty one.
        SourceNode node = !quoted && !m_builder.expectsKey() && resolvePlainScalar(text) == PlainScalarKind::Null
            ? SourceNode::null(mark.valid() ? mark : m_lastMark)
            : SourceNode::scalar(std::move(text), quoted, mark);
        if (value)
            node.setSpan(spanOf(event));
        m_builder.value(std::move(node), anchor);
        if (mark.valid())
            m_lastMark = mark;
    }

    TreeBuilder &m_builder;
    int m_documents = 0;
    Mark m_lastMark;
};

// libfyaml names where a quoted scalar starts; an unclosed bracket is found on the builder's stack.
void reportSyntaxError(const std::string &text, const SyntaxError &error, TreeBuilder &builder)
{
    const std::string &message = error.message.empty() ? std::string("invalid YAML") : error.message;
    const char quote = message.starts_with("double-quoted") || message.starts_with("wrongly indented double-quoted")
        ? '"'
        : message.starts_with("single-quoted") || message.starts_with("wrongly indented single-quoted") ? '\''
                                                                                                        : 0;
    if (quote && message.ends_with("without closing quote")) {
        // Reported just after the opening quote; the parser read on to the end of the file.
        builder.unclosedQuote("YAML", {error.mark.line, std::max(1, error.mark.column - 1)}, quote, endOfText(text),
                              message);
    } else if (quote && message.starts_with("wrongly indented")) {
        // Reported at the opening quote; the string ran on into the next line, which broke the indentation.
        builder.unclosedQuote("YAML", error.mark, quote, {error.mark.line + 1, 1}, message);
    } else {
        // A ']' closing a '{' leaves the '{' unclosed; libfyaml may not have sent the '{' event yet.
        bool unclosed = message.find("without a closing") != std::string::npos;
        if (message.starts_with("mismatched flow sequence end"))
            unclosed = builder.innermostOpenIs(SourceNode::Type::Map);
        else if (message.starts_with("mismatched flow mapping end"))
            unclosed = builder.innermostOpenIs(SourceNode::Type::Sequence);
        builder.syntaxError(text, "YAML", error.mark, message, unclosed);
    }
}

} // namespace

namespace {

// Parses `text` into one tree per document: only the first unless `all` (a multi-document
// stream such as Kubernetes manifests).
bool readYamlDocuments(const std::string &text, const std::string &fileName, std::vector<SourceNode> &documents,
                       Diagnostics &diagnostics, bool all)
{
    if (!checkModelText(text, fileName, diagnostics))
        return false;
    SyntaxError syntaxError;
    fy_diag_cfg diagConfig {};
    fy_diag_cfg_default(&diagConfig);
    diagConfig.fp = nullptr;
    diagConfig.output_fn = captureDiagnostic;
    diagConfig.user = &syntaxError;
    diagConfig.colorize = false;
    diagConfig.show_source = false;
    diagConfig.show_position = true;
    diagConfig.show_type = true;
    std::unique_ptr<fy_diag, DiagDeleter> diag(fy_diag_create(&diagConfig));
    fy_parse_cfg config {};
    config.flags = FYPCF_QUIET;
    config.diag = diag.get();
    std::unique_ptr<fy_parser, ParserDeleter> parser(fy_parser_create(&config));
    if (!parser || fy_parser_set_string(parser.get(), text.data(), text.size()) != 0) {
        diagnostics.push_back({Diagnostic::Level::Error, fileName, {}, "cannot start the YAML parser"});
        return false;
    }
    auto builder = std::make_unique<TreeBuilder>(fileName, diagnostics);
    auto reader = std::make_unique<YamlTreeReader>(*builder);
    while (fy_event *raw = fy_parser_parse(parser.get())) {
        std::unique_ptr<fy_event, EventDeleter> event(raw, EventDeleter {parser.get()});
        if (all && event->type == FYET_DOCUMENT_END) {
            if (builder->done())
                documents.push_back(builder->takeRoot());
            builder = std::make_unique<TreeBuilder>(fileName, diagnostics);
            reader = std::make_unique<YamlTreeReader>(*builder);
            continue;
        }
        if (!reader->handle(event.get()))
            break;
    }
    if (builder->stopped())
        return false; // a limit was exceeded; the builder reported where
    if (fy_parser_get_stream_error(parser.get())) {
        reportSyntaxError(text, syntaxError, *builder);
        return false;
    }
    if (!all)
        documents.push_back(builder->takeRoot());
    return true;
}

} // namespace

bool readYamlTree(const std::string &text, const std::string &fileName, SourceNode &root, Diagnostics &diagnostics)
{
    std::vector<SourceNode> documents;
    if (!readYamlDocuments(text, fileName, documents, diagnostics, false))
        return false;
    root = std::move(documents.front());
    return true;
}

bool readYamlStream(const std::string &text, const std::string &fileName, std::vector<SourceNode> &documents,
                    Diagnostics &diagnostics)
{
    return readYamlDocuments(text, fileName, documents, diagnostics, true);
}

} // namespace seam

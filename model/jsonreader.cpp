// JSON → SourceNode through nlohmann's SAX parser. nlohmann reports no
// positions to SAX handlers, so the input iterator records how far the lexer
// has read and each token's start is found by scanning back from there.
#include "textcheck.h"
#include "treebuilder.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iterator>

namespace seam {

namespace {

class TrackingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    TrackingIterator(const char *position, const char **cursor)
        : m_position(position)
        , m_cursor(cursor)
    {
    }
    reference operator*() const { return *m_position; }
    TrackingIterator &operator++()
    {
        *m_cursor = ++m_position;
        return *this;
    }
    bool operator==(const TrackingIterator &other) const { return m_position == other.m_position; }
    bool operator!=(const TrackingIterator &other) const { return m_position != other.m_position; }

private:
    const char *m_position;
    const char **m_cursor;
};

class LineIndex {
public:
    explicit LineIndex(const std::string &text)
    {
        m_lineStarts.push_back(0);
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                m_lineStarts.push_back(i + 1);
    }
    Mark markAt(size_t offset) const
    {
        auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
        const size_t line = static_cast<size_t>(it - m_lineStarts.begin());
        return {static_cast<int>(line), static_cast<int>(offset - m_lineStarts[line - 1] + 1)};
    }

private:
    std::vector<size_t> m_lineStarts;
};

class JsonTreeHandler {
public:
    JsonTreeHandler(const std::string &text, const char *const &cursor, TreeBuilder &builder)
        : m_text(text)
        , m_cursor(cursor)
        , m_lines(text)
        , m_builder(builder)
    {
    }

    bool null() { return plain("null"); }
    bool boolean(bool value) { return plain(value ? "true" : "false"); }
    bool number_integer(long long) { return number(); }
    bool number_unsigned(unsigned long long) { return number(); }
    bool number_float(double, const std::string &) { return number(); }
    bool string(std::string &value)
    {
        m_builder.value(SourceNode::scalar(std::move(value), true, m_lines.markAt(stringStart())));
        return going();
    }
    bool binary(nlohmann::json::binary_t &) { return true; }
    bool start_object(std::size_t)
    {
        m_builder.startMap(m_lines.markAt(consumed() - 1), true);
        return going();
    }
    bool key(std::string &value)
    {
        m_builder.key(std::move(value), m_lines.markAt(stringStart()));
        return going();
    }
    bool end_object()
    {
        m_builder.endContainer();
        return going();
    }
    bool start_array(std::size_t)
    {
        m_builder.startSequence(m_lines.markAt(consumed() - 1), true);
        return going();
    }
    bool end_array()
    {
        m_builder.endContainer();
        return going();
    }
    bool parse_error(std::size_t position, const std::string &lastToken, const nlohmann::json::exception &e)
    {
        if (e.id == 406) { // out_of_range.406: a number past the range of double
            m_builder.numberOutOfRange(m_lines.markAt(tokenStart()), lastToken);
            return false;
        }
        // nlohmann's message is "[json.exception.parse_error.101] parse error at line L, column C: detail".
        std::string detail = e.what();
        if (auto colon = detail.find(": "); colon != std::string::npos)
            detail = detail.substr(colon + 2);
        size_t offset = position > 0 ? std::min(position - 1, m_text.size() - 1) : 0;
        // An unexpected string is reported after its closing quote: point at its start.
        if (!m_text.empty() && m_text[offset] == '"')
            offset = stringStart(offset + 1);
        if (detail.find("missing closing quote") != std::string::npos
            || detail.find("control character U+000A") != std::string::npos) {
            // The lexer read on to the end: the string began at the first quote after the last complete token.
            const size_t quote = m_text.find('"', m_lastToken);
            m_builder.unclosedQuote("JSON", m_lines.markAt(quote == std::string::npos ? offset : quote), '"',
                                    m_lines.markAt(m_text.size()), detail);
        } else {
            // Input that ends, or a bracket of the other kind, means the innermost one is unclosed.
            const bool reachedEnd = detail.find("unexpected end of input") != std::string::npos;
            const bool mismatched = detail.find("unexpected ']'; expected '}'") != std::string::npos
                || detail.find("unexpected '}'; expected ']'") != std::string::npos;
            m_builder.syntaxError(m_text, "JSON", reachedEnd ? m_lines.markAt(m_text.size()) : m_lines.markAt(offset),
                                  detail, reachedEnd || mismatched);
        }
        return false;
    }

private:
    // Each callback ends a token; false stops nlohmann's parser once a limit was exceeded.
    bool going()
    {
        m_lastToken = consumed();
        return !m_builder.stopped();
    }

    size_t consumed() const { return static_cast<size_t>(m_cursor - m_text.data()); }

    // The lexer has just read the closing quote: walk back to the unescaped opening one.
    size_t stringStart() const { return stringStart(consumed()); }
    size_t stringStart(size_t end) const
    {
        size_t i = end - 1;
        while (i > 0) {
            --i;
            if (m_text[i] != '"')
                continue;
            size_t backslashes = 0;
            for (size_t j = i; j > 0 && m_text[j - 1] == '\\'; --j)
                ++backslashes;
            if (backslashes % 2 == 0)
                return i;
        }
        return 0;
    }

    // Numbers and literals: the lexer may have read one character past the token.
    size_t tokenStart() const
    {
        auto partOfToken
            = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+'; };
        size_t end = consumed();
        if (end > 0 && end <= m_text.size() && !partOfToken(m_text[end - 1]))
            --end;
        size_t start = end;
        while (start > 0 && partOfToken(m_text[start - 1]))
            --start;
        return start;
    }

    bool number()
    {
        const size_t start = tokenStart();
        size_t end = start;
        while (end < m_text.size()
               && (std::isalnum(static_cast<unsigned char>(m_text[end])) || m_text[end] == '.' || m_text[end] == '-'
                   || m_text[end] == '+'))
            ++end;
        m_builder.value(SourceNode::scalar(m_text.substr(start, end - start), false, m_lines.markAt(start)));
        return going();
    }

    bool plain(const char *literal)
    {
        const size_t start = tokenStart();
        SourceNode node = std::string_view(literal) == "null"
            ? SourceNode::null(m_lines.markAt(start))
            : SourceNode::scalar(literal, false, m_lines.markAt(start));
        m_builder.value(std::move(node));
        return going();
    }

    const std::string &m_text;
    const char *const &m_cursor;
    LineIndex m_lines;
    TreeBuilder &m_builder;
    size_t m_lastToken = 0;
};

} // namespace

bool readJsonTree(const std::string &text, const std::string &fileName, SourceNode &root, Diagnostics &diagnostics)
{
    if (!checkModelText(text, fileName, diagnostics))
        return false;
    const char *cursor = text.data();
    TreeBuilder builder(fileName, diagnostics);
    JsonTreeHandler handler(text, cursor, builder);
    const TrackingIterator first(text.data(), &cursor);
    const TrackingIterator last(text.data() + text.size(), &cursor);
    if (!nlohmann::json::sax_parse(first, last, &handler))
        return false;
    root = builder.takeRoot();
    return true;
}

} // namespace seam

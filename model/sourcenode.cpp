#include "sourcenode.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <utility>

namespace seam {

SourceNode SourceNode::null(Mark mark)
{
    SourceNode node;
    node.m_mark = mark;
    return node;
}

SourceNode SourceNode::scalar(std::string value, bool quoted, Mark mark)
{
    SourceNode node;
    node.m_type = Type::Scalar;
    node.m_text = std::move(value);
    node.m_quoted = quoted;
    node.m_mark = mark;
    return node;
}

SourceNode SourceNode::sequence(Mark mark)
{
    SourceNode node;
    node.m_type = Type::Sequence;
    node.m_mark = mark;
    return node;
}

SourceNode SourceNode::map(Mark mark)
{
    SourceNode node;
    node.m_type = Type::Map;
    node.m_mark = mark;
    return node;
}

void SourceNode::insert(std::string key, SourceNode value, Mark keyMark, Span keySpan)
{
    if (m_type == Type::Null)
        m_type = Type::Map;
    m_keys.push_back(scalar(std::move(key), false, keyMark));
    m_keys.back().m_span = keySpan;
    m_items.push_back(std::move(value));
}

void SourceNode::clearSpans()
{
    m_span = {};
    for (SourceNode &key : m_keys)
        key.m_span = {};
    for (SourceNode &item : m_items)
        item.clearSpans();
}

const SourceNode *SourceNode::find(std::string_view key) const
{
    for (size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i].m_text == key)
            return &m_items[i];
    return nullptr;
}

SourceNode *SourceNode::find(std::string_view key)
{
    return const_cast<SourceNode *>(std::as_const(*this).find(key));
}

bool SourceNode::operator==(const SourceNode &other) const
{
    if (m_type != other.m_type || m_items != other.m_items || m_keys.size() != other.m_keys.size())
        return false;
    for (size_t i = 0; i < m_keys.size(); ++i)
        if (m_keys[i].m_text != other.m_keys[i].m_text)
            return false;
    if (m_type != Type::Scalar)
        return true;
    // "1" quoted and 1 plain differ in meaning; "abc" quoted and abc plain do not.
    return m_text == other.m_text && isString() == other.isString();
}

namespace {
bool allOf(std::string_view text, bool (*accept)(char))
{
    for (char c : text)
        if (!accept(c))
            return false;
    return !text.empty();
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}
bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool isCoreFloat(std::string_view text)
{
    size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        ++i;
    size_t intDigits = 0, fracDigits = 0;
    while (i < text.size() && isDigit(text[i]))
        ++i, ++intDigits;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && isDigit(text[i]))
            ++i, ++fracDigits;
    }
    if (intDigits == 0 && fracDigits == 0)
        return false;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '-' || text[i] == '+'))
            ++i;
        return i < text.size() && allOf(text.substr(i), isDigit);
    }
    return i == text.size();
}
} // namespace

PlainScalarKind resolvePlainScalar(std::string_view text)
{
    if (text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL")
        return PlainScalarKind::Null;
    if (text == "true" || text == "True" || text == "TRUE" || text == "false" || text == "False" || text == "FALSE")
        return PlainScalarKind::Bool;
    std::string_view unsigned_ = text;
    if (unsigned_.front() == '-' || unsigned_.front() == '+')
        unsigned_.remove_prefix(1);
    if (allOf(unsigned_, isDigit))
        return PlainScalarKind::Int;
    if ((text.starts_with("0o") && allOf(text.substr(2), isOctal))
        || (text.starts_with("0x") && allOf(text.substr(2), isHex)))
        return PlainScalarKind::Int;
    if (isCoreFloat(text) || unsigned_ == ".inf" || unsigned_ == ".Inf" || unsigned_ == ".INF" || text == ".nan"
        || text == ".NaN" || text == ".NAN")
        return PlainScalarKind::Float;
    return PlainScalarKind::String;
}

bool isYaml11Keyword(std::string_view text)
{
    static constexpr std::string_view kWords[] = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"};
    for (std::string_view word : kWords) {
        if (word.size() != text.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < word.size() && same; ++i)
            same = std::tolower(static_cast<unsigned char>(text[i])) == word[i];
        if (same)
            return true;
    }
    return false;
}

bool SourceNode::isPlainNullText() const
{
    return m_type == Type::Null
        || (m_type == Type::Scalar && !m_quoted && resolvePlainScalar(m_text) == PlainScalarKind::Null);
}

bool SourceNode::isString() const
{
    return m_type == Type::Scalar && (m_quoted || resolvePlainScalar(m_text) == PlainScalarKind::String);
}

bool SourceNode::toBool(bool &out) const
{
    if (m_type != Type::Scalar || m_quoted || resolvePlainScalar(m_text) != PlainScalarKind::Bool)
        return false;
    out = m_text[0] == 't' || m_text[0] == 'T';
    return true;
}

namespace {
// A plain YAML 1.2 integer's digits and base: "0x" hex, "0o" octal, a leading '+' dropped.
template <typename Integer> bool parseInteger(std::string_view digits, Integer &out)
{
    int base = 10;
    if (digits.starts_with("0x")) {
        digits.remove_prefix(2);
        base = 16;
    } else if (digits.starts_with("0o")) {
        digits.remove_prefix(2);
        base = 8;
    } else if (digits.starts_with('+')) {
        digits.remove_prefix(1);
    }
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), out, base);
    return error == std::errc() && end == digits.data() + digits.size();
}

// A decimal number's text as a double; false when it is out of a double's range.
bool parseDecimal(std::string_view text, double &out)
{
    if (text.starts_with('+'))
        text.remove_prefix(1);
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return error == std::errc() && end == text.data() + text.size();
}
} // namespace

bool SourceNode::toUnsigned(unsigned long long &out) const
{
    return m_type == Type::Scalar && !m_quoted && resolvePlainScalar(m_text) == PlainScalarKind::Int
        && parseInteger(m_text, out);
}

bool SourceNode::toInt(long long &out) const
{
    if (m_type != Type::Scalar || m_quoted)
        return false;
    const PlainScalarKind kind = resolvePlainScalar(m_text);
    if (kind == PlainScalarKind::Int)
        return parseInteger(m_text, out);
    // JSON writers sometimes print whole numbers as 30.0: accept those as integers.
    double value = 0;
    if (kind == PlainScalarKind::Float && toDouble(value) && std::isfinite(value) && value == std::floor(value)
        && std::abs(value) < 9e15) {
        out = static_cast<long long>(value);
        return true;
    }
    return false;
}

bool SourceNode::toDouble(double &out) const
{
    if (m_type != Type::Scalar || m_quoted)
        return false;
    const PlainScalarKind kind = resolvePlainScalar(m_text);
    if (kind == PlainScalarKind::Int) {
        long long value = 0;
        unsigned long long large = 0;
        if (toInt(value))
            out = static_cast<double>(value);
        else if (toUnsigned(large))
            out = static_cast<double>(large);
        else if (m_text.find_first_of("xo") != std::string::npos)
            return false;
        else // beyond 64-bit integers (specs bundled by JavaScript tools write 18446744073709552000)
            return parseDecimal(m_text, out);
        return true;
    }
    if (kind != PlainScalarKind::Float)
        return false;
    std::string_view text = m_text;
    if (text.starts_with('+'))
        text.remove_prefix(1);
    if (text.ends_with("inf") || text.ends_with("Inf") || text.ends_with("INF")) {
        out = text.starts_with('-') ? -INFINITY : INFINITY;
        return true;
    }
    if (text.starts_with(".nan") || text.starts_with(".NaN") || text.starts_with(".NAN")) {
        out = NAN;
        return true;
    }
    return parseDecimal(text, out);
}

void forEachSchemaRef(const SourceNode &node, const std::function<void(const SourceNode &ref)> &visit)
{
    if (node.isMap()) {
        for (size_t i = 0; i < node.size(); ++i) {
            if (node.keyAt(i) == "$ref" && node.items()[i].isScalar())
                visit(node.items()[i]);
            else
                forEachSchemaRef(node.items()[i], visit);
        }
    } else if (node.isSequence()) {
        for (const SourceNode &item : node.items())
            forEachSchemaRef(item, visit);
    }
}

} // namespace seam

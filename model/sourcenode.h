#pragma once
// A format-neutral document tree (YAML or JSON) that remembers where every
// node came from, so validation can name FILE:LINE:COLUMN and unknown keys
// survive a load/save round trip untouched.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace seam {

struct Mark {
    int line = 0; // 1-based; 0 = unknown (e.g. created in the editor)
    int column = 0; // 1-based
    bool valid() const { return line > 0; }
    // Where something was written is not part of what was written: two
    // elements loaded from different lines compare equal.
    bool operator==(const Mark &) const { return true; }
};

// Byte range [begin, end) of a node in the text it was read from; invalid for
// nodes built in memory. Like Mark it is provenance, never part of equality.
struct Span {
    static constexpr size_t npos = static_cast<size_t>(-1);
    size_t begin = npos;
    size_t end = npos;
    bool valid() const { return begin != npos && end != npos && begin <= end; }
};

class SourceNode {
public:
    enum class Type { Null, Scalar, Sequence, Map };

    SourceNode() = default;
    static SourceNode null(Mark mark = {});
    static SourceNode scalar(std::string value, bool quoted = false, Mark mark = {});
    static SourceNode sequence(Mark mark = {});
    static SourceNode map(Mark mark = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isScalar() const { return m_type == Type::Scalar; }
    bool isSequence() const { return m_type == Type::Sequence; }
    bool isMap() const { return m_type == Type::Map; }
    const Mark &mark() const { return m_mark; }
    void setMark(Mark mark) { m_mark = mark; }
    // For maps and sequences: from the first token to the last (for block
    // collections the end may run on to where the parser saw the collection end).
    const Span &span() const { return m_span; }
    void setSpan(Span span) { m_span = span; }
    void clearSpans(); // this node and all below: for copies made from an alias

    // Scalars. A quoted scalar is always a string; a plain one is resolved
    // with the YAML 1.2 core schema (null, bool, int, float, string).
    const std::string &text() const { return m_text; }
    bool quoted() const { return m_quoted; }
    bool isPlainNullText() const;
    bool toBool(bool &out) const;
    bool toInt(long long &out) const;
    // Whole numbers above toInt's range, up to 18446744073709551615 (uint64 bounds in specs).
    bool toUnsigned(unsigned long long &out) const;
    bool toDouble(double &out) const;
    bool isString() const; // scalar that resolves to a string

    // Style hint from the source (flow `{}`/`[]` vs block); writers may use it.
    bool flowStyle() const { return m_flow; }
    void setFlowStyle(bool flow) { m_flow = flow; }

    // Sequences: items(). Maps: keys()[i] -> items()[i], in source order.
    const std::vector<SourceNode> &items() const { return m_items; }
    std::vector<SourceNode> &items() { return m_items; }
    const std::vector<SourceNode> &keys() const { return m_keys; }
    size_t size() const { return m_items.size(); }

    void append(SourceNode item) { m_items.push_back(std::move(item)); }
    void insert(std::string key, SourceNode value, Mark keyMark = {}, Span keySpan = {});
    const SourceNode *find(std::string_view key) const;
    SourceNode *find(std::string_view key);
    const std::string &keyAt(size_t i) const { return m_keys[i].m_text; }
    const SourceNode &keyNodeAt(size_t i) const { return m_keys[i]; } // the key's own mark and span

    bool operator==(const SourceNode &other) const; // ignores marks and style

private:
    Type m_type = Type::Null;
    bool m_quoted = false;
    bool m_flow = false;
    Mark m_mark;
    Span m_span;
    std::string m_text;
    std::vector<SourceNode> m_keys;
    std::vector<SourceNode> m_items;
};

// Calls `visit` with every scalar `$ref` value below `node` (a schema body), in document
// order: the one walk behind reference checks, schema closure and export.
void forEachSchemaRef(const SourceNode &node, const std::function<void(const SourceNode &ref)> &visit);

// YAML 1.2 core-schema resolution of a plain scalar's text, shared by readers and writers.
enum class PlainScalarKind { Null, Bool, Int, Float, String };
PlainScalarKind resolvePlainScalar(std::string_view text);
// Words a YAML 1.1 reader (PyYAML, older tools in users' pipelines) takes as a bool or null
// although YAML 1.2 reads them as strings: y, n, yes, no, on, off, true, false, null, ~ (any case).
bool isYaml11Keyword(std::string_view text);

} // namespace seam
